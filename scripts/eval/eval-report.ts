/**
 * The tables `npm run eval:scam-text` prints (Markdown, so the README can quote them as they are):
 * recall, false-positive rate and precision with 95 % Wilson intervals, new detector and hand-set
 * one side by side, for a track and for each language, genre, language × genre and source type.
 */
import type { Judged } from './detector-cv';
import { figures, type Figures, type Rate } from './detector-metrics';

const pct = (x: number): string => (x * 100).toFixed(1);

/** "97.1 (92.0–99.0)": percent with its 95 % interval; "–" when there is nothing to count. */
export function formatRate(rate: Rate): string {
  if (rate.value === null || rate.low === null || rate.high === null) return '–';
  return `${pct(rate.value)} (${pct(rate.low)}–${pct(rate.high)})`;
}

export interface Slice {
  readonly title: string;
  readonly key: (j: Judged) => string;
}

export const slices: readonly Slice[] = [
  { title: 'language', key: (j) => j.item.language },
  { title: 'genre', key: (j) => j.item.genre },
  { title: 'language × genre', key: (j) => `${j.item.language} ${j.item.genre}` },
  { title: 'source type', key: (j) => (j.item.sourceType === 'derived' ? 'derived' : 'real') },
];

type Pick = 'scam' | 'warned';

const figuresOf = (rows: readonly Judged[], pick: Pick, old: boolean): Figures =>
  figures(
    rows.map((j) => ({
      scam: old ? (pick === 'scam' ? j.oldScam : j.oldWarned) : j[pick],
      isScam: j.item.label === 'scam',
    })),
  );

/** One table: a row for all rows, then one per value of the slice. */
export function table(rows: readonly Judged[], slice: Slice | null, pick: Pick = 'scam'): string[] {
  const groups = new Map<string, Judged[]>([['all', [...rows]]]);
  if (slice !== null)
    for (const key of [...new Set(rows.map(slice.key))].sort())
      groups.set(
        key,
        rows.filter((j) => slice.key(j) === key),
      );
  const out = [
    `| ${slice?.title ?? 'track'} | scam texts | recall % (95 % CI) | old recall % | harmless texts | false positives % (95 % CI) | old false positives % | precision % (95 % CI) | old precision % |`,
    '| --- | ---: | --- | --- | ---: | --- | --- | --- | --- |',
  ];
  for (const [key, group] of groups) {
    const now = figuresOf(group, pick, false);
    const old = figuresOf(group, pick, true);
    out.push(
      `| ${key} | ${now.recall.n} | ${formatRate(now.recall)} | ${formatRate(old.recall)} | ${now.falsePositiveRate.n} | ${formatRate(now.falsePositiveRate)} | ${formatRate(old.falsePositiveRate)} | ${formatRate(now.precision)} | ${formatRate(old.precision)} |`,
    );
  }
  return out;
}

/** The errors farthest from the threshold: missed scams with the lowest logits, false alarms with the highest. */
export function worstErrors(rows: readonly Judged[], count = 20): string[] {
  const errors = rows
    .filter((j) => j.scam !== (j.item.label === 'scam'))
    .sort((a, b) => Math.abs(b.margin) - Math.abs(a.margin))
    .slice(0, count);
  return errors.map((j) => {
    const text = `${j.item.title ?? ''} ${j.item.text}`.replace(/\s+/g, ' ').trim().slice(0, 90);
    const what = j.item.label === 'scam' ? 'missed scam' : 'false alarm';
    return `- ${what}, ${j.item.language}, ${j.item.genre}, margin ${j.margin.toFixed(2)}: \`${j.item.id}\` “${text}…”`;
  });
}

export interface Target {
  readonly recall: number;
  readonly fpr: number;
}

/** Whether a track meets its target, in words with the measured numbers. */
export function targetLine(track: string, rows: readonly Judged[], target: Target): string {
  const all = figuresOf(rows, 'scam', false);
  const languages = [...new Set(rows.map((j) => j.item.language))].sort();
  const low = languages
    .map(
      (l) =>
        [
          l,
          figuresOf(
            rows.filter((j) => j.item.language === l),
            'scam',
            false,
          ).recall,
        ] as const,
    )
    .filter(([, r]) => r.value !== null && r.value < 0.9);
  const recall = all.recall.value ?? 0;
  const fpr = all.falsePositiveRate.value ?? 0;
  const met = recall >= target.recall && fpr <= target.fpr;
  return [
    `${track}: recall ${pct(recall)} % at ${pct(fpr)} % false positives; target recall ≥ ${pct(target.recall)} % at ≤ ${pct(target.fpr)} %: ${met ? 'met' : 'not met'}.`,
    low.length === 0
      ? 'Every language ≥ 90 % recall: met.'
      : `Every language ≥ 90 % recall: not met (${low.map(([l, r]) => `${l} ${pct(r.value ?? 0)} %`).join(', ')}).`,
  ].join(' ');
}

/**
 * The same cross-validation over several partitions of dev into folds (`--partitions`): a row per
 * partition, then the lowest and highest point figures. Where a big source falls changes what
 * the other folds can learn, so one partition's interval understates how much the figure moves.
 */
export function partitionTable(runs: readonly (readonly Judged[])[]): string[] {
  const out = [
    '| partition | recall % (95 % CI) | false positives % (95 % CI) | precision % (95 % CI) |',
    '| --- | --- | --- | --- |',
  ];
  const all = runs.map((rows) => figuresOf(rows, 'scam', false));
  all.forEach((f, k) => {
    const name = k === 0 ? '0 (the one above)' : String(k);
    out.push(
      `| ${name} | ${formatRate(f.recall)} | ${formatRate(f.falsePositiveRate)} | ${formatRate(f.precision)} |`,
    );
  });
  const span = (pick: (f: Figures) => Rate): string => {
    const values = all.map((f) => pick(f).value).filter((v): v is number => v !== null);
    return values.length === 0 ? '–' : `${pct(Math.min(...values))}–${pct(Math.max(...values))}`;
  };
  out.push(
    `| lowest–highest | ${span((f) => f.recall)} | ${span((f) => f.falsePositiveRate)} | ${span((f) => f.precision)} |`,
  );
  return out;
}
