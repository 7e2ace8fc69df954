/**
 * Thresholds chosen on validation data so that the whole verdict, detector and rules together,
 * stays within a false-positive rate: "This is a scam" within `fprs.scam` of the harmless texts,
 * and (messages) any warning within `fprs.careful`. The rules can flag a harmless text whatever
 * the logit (a `certain` red flag), so the detector gets only what is left of the budget.
 */
import type { CorpusItem } from './scam-corpus';
import type { Decide } from './track-decisions';

export interface Scored {
  readonly item: CorpusItem;
  readonly logit: number;
}

/** The lowest of `candidates` (ascending) at which `rate` is ≤ `limit`; `rate` falls as the threshold rises. */
function lowestWithin(candidates: readonly number[], rate: (t: number) => number, limit: number): number {
  let lo = 0;
  let hi = candidates.length; // candidates[hi] would be +∞: nothing from the detector
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rate(candidates[mid] ?? Number.POSITIVE_INFINITY) <= limit) hi = mid;
    else lo = mid + 1;
  }
  return candidates[lo] ?? Number.POSITIVE_INFINITY;
}

export function chooseThresholds(
  benign: readonly Scored[],
  decide: Decide,
  fprs: Readonly<Record<string, number>>,
): Record<string, number> {
  // Just above each harmless logit: a threshold there lets that text through.
  const candidates = [...new Set(benign.map((b) => b.logit + 1e-6))].sort((a, b) => a - b);
  const share = (pick: (t: number, b: Scored) => boolean) => (t: number) =>
    benign.filter((b) => pick(t, b)).length / Math.max(1, benign.length);
  const scam = lowestWithin(
    candidates,
    share((t, b) => decide(b.item, b.logit, { scam: t, careful: t }).scam),
    fprs.scam ?? 0,
  );
  if (fprs.careful === undefined) return { scam };
  const careful = lowestWithin(
    candidates.filter((c) => c <= scam),
    share((t, b) => decide(b.item, b.logit, { scam, careful: t }).warned),
    fprs.careful,
  );
  return { scam, careful: Math.min(careful, scam) };
}
