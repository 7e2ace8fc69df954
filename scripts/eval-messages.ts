/**
 * `npm run eval:messages`: runs the message checker over every text of the scam-text corpus
 * (tests/fixtures/scam-text/corpus.jsonl: fake-warning pages, titles and OCR text, and benign
 * pages, many of them articles ABOUT scams) and prints one JSON object: how many of each label
 * got each verdict, overall and per language, and the benign ids called a scam. The corpus is
 * pages, not messages, so this measures how the checker holds up on a hard neighbour of its task.
 */
import { remoteToolCatalog } from '../electron/main/core/catalog';
import type { Verdict } from '../shared/checklist/checklist-verdict';
import { checkMessage } from '../shared/message-check/check-message';
import { loadCorpus } from './eval/scam-corpus';

type Tally = Record<Verdict, number>;
const empty = (): Tally => ({ scam: 0, careful: 0, 'no-red-flags': 0 });
const overall: Record<string, Tally> = {};
const byLanguage: Record<string, Record<string, Tally>> = {};
const benignCalledScam: string[] = [];

for (const item of loadCorpus()) {
  const { verdict } = checkMessage([item.title ?? '', item.text].join('\n'), remoteToolCatalog);
  (overall[item.label] ??= empty())[verdict] += 1;
  ((byLanguage[item.language] ??= {})[item.label] ??= empty())[verdict] += 1;
  if (item.label === 'benign' && verdict === 'scam') benignCalledScam.push(item.id);
}

const rate = (t: Tally | undefined, pick: (t: Tally) => number): number | null => {
  if (!t) return null;
  const total = t.scam + t.careful + t['no-red-flags'];
  return total === 0 ? null : Math.round((pick(t) / total) * 1000) / 1000;
};

process.stdout.write(
  `${JSON.stringify(
    {
      overall,
      byLanguage,
      scamTextsCalledScam: rate(overall.scam, (t) => t.scam),
      scamTextsFlagged: rate(overall.scam, (t) => t.scam + t.careful),
      benignTextsCalledScam: rate(overall.benign, (t) => t.scam),
      benignTextsWithNoRedFlags: rate(overall.benign, (t) => t['no-red-flags']),
      benignCalledScam,
    },
    null,
    2,
  )}\n`,
);
