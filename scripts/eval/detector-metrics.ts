/**
 * Figures for a detector's decisions: recall, false-positive rate and precision, each with a 95 %
 * Wilson score interval (Wilson, "Probable inference, the law of succession, and statistical
 * inference", JASA 1927; recommended over the normal interval for small counts by Brown, Cai &
 * DasGupta, "Interval Estimation for a Binomial Proportion", Statistical Science 2001).
 */

export interface Rate {
  readonly k: number;
  readonly n: number;
  /** k/n, or null when n is 0 */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

export function wilson(k: number, n: number, z = 1.96): Rate {
  if (n === 0) return { k, n, value: null, low: null, high: null };
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { k, n, value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface Decision {
  readonly scam: boolean;
  /** the item's label */
  readonly isScam: boolean;
}

export interface Figures {
  readonly recall: Rate;
  readonly falsePositiveRate: Rate;
  readonly precision: Rate;
}

export function figures(decisions: readonly Decision[]): Figures {
  let tp = 0;
  let fp = 0;
  let scam = 0;
  for (const d of decisions) {
    if (d.isScam) scam += 1;
    if (d.scam && d.isScam) tp += 1;
    if (d.scam && !d.isScam) fp += 1;
  }
  return {
    recall: wilson(tp, scam),
    falsePositiveRate: wilson(fp, decisions.length - scam),
    precision: wilson(tp, tp + fp),
  };
}

/**
 * The lowest threshold at which at most `fpr` of the harmless texts score at or above it: just
 * above the (k+1)-th highest harmless logit, k = ⌊fpr·n⌋.
 */
export function thresholdAtFpr(benignLogits: readonly number[], fpr: number): number {
  const sorted = [...benignLogits].sort((a, b) => b - a);
  const k = Math.floor(fpr * sorted.length);
  const bound = sorted[k];
  return bound === undefined ? Number.NEGATIVE_INFINITY : bound + 1e-6;
}
