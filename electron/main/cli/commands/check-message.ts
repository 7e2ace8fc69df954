import { describeReason, translator } from '../../../../shared/i18n/i18n';
import { checkMessage, explainMessage } from '../../../../shared/message-check/check-message';
import { isLanguage, languages, type Language } from '../../../../shared/settings/choices';
import { remoteToolCatalog } from '../../core/catalog';
import type { CliIo } from '../cli-io';
import { inputLimits, readAllBounded } from '../bounded-input';
import { UsageError } from '../usage-error';

export interface CheckMessageOptions {
  /** The language of the explanations (`--language`), English when not given. */
  readonly language?: string;
  /** Add the detector's strongest features (`--explain`, for developers). */
  readonly explain?: boolean;
}

/**
 * `holdon check-message`: reads a message on standard input and prints
 * `{"verdict","score","redFlags":[{"id","explanation"}]}`, the explanations in `--language`
 * (en, es, de; English by default). Needs no database: the same pure checker the screen uses,
 * with the shipped tool catalog.
 */
export async function runCheckMessage(io: CliIo, options: CheckMessageOptions = {}): Promise<number> {
  const language: Language = options.language === undefined ? 'en' : parseLanguage(options.language);
  const text = await readAllBounded(io.stdin(), inputLimits.message, 'the message');
  if (text.trim() === '')
    throw new UsageError('check-message reads the message on standard input (it was empty)');
  const result = checkMessage(text, remoteToolCatalog);
  const { t } = translator(language);
  io.stdout(
    `${JSON.stringify({
      verdict: result.verdict,
      score: result.score,
      redFlags: result.redFlags.map((f) => ({ id: f.id, explanation: describeReason(t, f.code, f.vars) })),
      ...(options.explain ? { explain: explainMessage(text, remoteToolCatalog) } : {}),
    })}\n`,
  );
  return 0;
}

function parseLanguage(value: string): Language {
  if (!isLanguage(value))
    throw new UsageError(`--language must be one of ${languages.join(', ')} (got "${value}")`);
  return value;
}
