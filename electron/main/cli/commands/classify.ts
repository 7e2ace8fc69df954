import {
  explainScamText,
  scoreScamText,
  type ScamTextExplanation,
} from '../../../../shared/scam-text/score-scam-text';
import type { CliIo } from '../cli-io';
import { inputLimits, linesBounded } from '../bounded-input';
import { UsageError } from '../usage-error';

type ClassifyResult =
  | {
      readonly id: string | number;
      readonly scam: boolean;
      readonly score: number;
      readonly reasons: readonly { readonly code: string; readonly text: string }[];
      /** Only with `--explain`: the detector's logit, threshold and strongest features. */
      readonly explain?: ScamTextExplanation;
    }
  | { readonly id: string | number | null; readonly error: string };

/** One input line `{"id","title","text"}` to one output line; a bad line gets its error, not a crash. */
export function classifyLine(line: string, explain = false): ClassifyResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'a line must be a JSON object like {"id":"1","title":"…","text":"…"}' };
  }
  const { id, title, text } = value as Record<string, unknown>;
  const readId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (readId === null) return { id: null, error: '"id" is missing or is not a string or number' };
  if (title !== undefined && title !== null && typeof title !== 'string') {
    return { id: readId, error: '"title" must be a string' };
  }
  if (text !== undefined && text !== null && typeof text !== 'string') {
    return { id: readId, error: '"text" must be a string' };
  }
  if (typeof title !== 'string' && typeof text !== 'string') {
    return { id: readId, error: 'give "title", "text" or both' };
  }
  const input = { title: title ?? undefined, text: text ?? undefined };
  const verdict = scoreScamText(input);
  return {
    id: readId,
    scam: verdict.scam,
    score: verdict.score,
    // The code is the message key (scamText.reason.*) for other languages; the text is English.
    reasons: verdict.reasons.map((r) => ({ code: r.code, text: r.text })),
    ...(explain ? { explain: explainScamText(input) } : {}),
  };
}

/**
 * `holdon classify`: JSON Lines in on stdin, one result line out per input line, same order.
 * `--explain` adds each line's strongest features (for developers).
 */
export async function runClassify(args: readonly string[], io: CliIo, explain = false): Promise<number> {
  if (args.length > 0) {
    throw new UsageError(
      `classify takes no arguments; it reads JSON Lines on stdin (got "${args.join(' ')}")`,
    );
  }
  // Line by line: any number of lines, one held at a time.
  for await (const line of linesBounded(io.stdin(), inputLimits.classifyLine)) {
    if (line.trim().length === 0) continue;
    io.stdout(`${JSON.stringify(classifyLine(line, explain))}\n`);
  }
  return 0;
}
