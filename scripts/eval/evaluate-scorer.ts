import type { ScamVerdict } from '../../shared/scam-text/scam-verdict';
import type { CorpusItem } from './scam-corpus';

export interface Figures {
  readonly items: number;
  readonly scam: number;
  readonly benign: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Of the texts called scam, how many were (null when none were called scam). */
  readonly precision: number | null;
  /** Of the scam texts, how many were caught (null without scam texts). */
  readonly recall: number | null;
  /** Of the benign texts, how many were wrongly called scam (null without benign texts). */
  readonly falsePositiveRate: number | null;
}

interface Scored {
  readonly item: CorpusItem;
  readonly verdict: ScamVerdict;
}

const ratio = (a: number, b: number): number | null =>
  b === 0 ? null : Math.round((a / b) * 10_000) / 10_000;

export function figures(scored: readonly Scored[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let scam = 0;
  for (const { item, verdict } of scored) {
    if (item.label === 'scam') scam += 1;
    if (verdict.scam && item.label === 'scam') tp += 1;
    if (verdict.scam && item.label === 'benign') fp += 1;
    if (!verdict.scam && item.label === 'scam') fn += 1;
  }
  const benign = scored.length - scam;
  return {
    items: scored.length,
    scam,
    benign,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, scam),
    falsePositiveRate: ratio(fp, benign),
  };
}

function byKey(scored: readonly Scored[], key: (s: Scored) => string): Record<string, Figures> {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return Object.fromEntries(
    [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, figures(v)]),
  );
}

export interface SplitReport {
  readonly overall: Figures;
  readonly byLanguage: Record<string, Figures>;
  readonly byOrigin: Record<string, Figures>;
  readonly byKind: Record<string, Figures>;
  readonly missedScams: string[];
  readonly falseAlarms: string[];
}

export function splitReport(scored: readonly Scored[]): SplitReport {
  return {
    overall: figures(scored),
    byLanguage: byKey(scored, (s) => s.item.language),
    byOrigin: byKey(scored, (s) => (s.item.derivedFrom === undefined ? 'verbatim' : 'derived')),
    byKind: byKey(scored, (s) => s.item.kind),
    missedScams: scored.filter((s) => s.item.label === 'scam' && !s.verdict.scam).map((s) => s.item.id),
    falseAlarms: scored.filter((s) => s.item.label === 'benign' && s.verdict.scam).map((s) => s.item.id),
  };
}

export interface EvalReport {
  readonly corpus: { readonly items: number; readonly byLabelLanguageOrigin: Record<string, number> };
  readonly all: SplitReport;
  readonly dev: SplitReport;
  readonly test: SplitReport;
}

export function evaluate(
  corpus: readonly CorpusItem[],
  score: (item: CorpusItem) => ScamVerdict,
): EvalReport {
  const scored = corpus.map((item) => ({ item, verdict: score(item) }));
  const counts: Record<string, number> = {};
  for (const item of corpus) {
    const key = `${item.label}/${item.language}/${item.derivedFrom === undefined ? 'verbatim' : 'derived'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return {
    corpus: {
      items: corpus.length,
      byLabelLanguageOrigin: Object.fromEntries(
        Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)),
      ),
    },
    all: splitReport(scored),
    dev: splitReport(scored.filter((s) => s.item.split === 'dev')),
    test: splitReport(scored.filter((s) => s.item.split === 'test')),
  };
}
