import { describe, expect, it } from 'vitest';
import { figures, thresholdAtFpr, wilson } from '../../../../scripts/eval/detector-metrics';
import { formatRate } from '../../../../scripts/eval/eval-report';

describe('the evaluation figures', () => {
  it('give a 95 % Wilson interval around each rate', () => {
    // Brown, Cai & DasGupta 2001, Table: 8 of 10 → 0.490–0.943 (Wilson).
    const rate = wilson(8, 10);
    expect(rate.value).toBe(0.8);
    expect(rate.low).toBeCloseTo(0.49, 2);
    expect(rate.high).toBeCloseTo(0.943, 2);
    expect(wilson(0, 20)).toMatchObject({ value: 0, low: 0 });
    expect(wilson(0, 20).high).toBeGreaterThan(0.1);
    expect(wilson(0, 0)).toMatchObject({ value: null, low: null, high: null });
    expect(formatRate(wilson(8, 10))).toBe('80.0 (49.0–94.3)');
    expect(formatRate(wilson(0, 0))).toBe('–');
  });

  it('count recall over scams, false positives over harmless texts, precision over flagged ones', () => {
    const f = figures([
      { scam: true, isScam: true },
      { scam: false, isScam: true },
      { scam: true, isScam: false },
      { scam: false, isScam: false },
      { scam: false, isScam: false },
      { scam: false, isScam: false },
    ]);
    expect([f.recall.k, f.recall.n]).toEqual([1, 2]);
    expect([f.falsePositiveRate.k, f.falsePositiveRate.n]).toEqual([1, 4]);
    expect([f.precision.k, f.precision.n]).toEqual([1, 2]);
  });

  it('put a threshold where at most the given share of harmless texts reach it', () => {
    const logits = [5, 4, 3, 2, 1, 0, -1, -2, -3, -4];
    const t = thresholdAtFpr(logits, 0.1);
    expect(logits.filter((z) => z >= t)).toEqual([5]);
    expect(logits.filter((z) => z >= thresholdAtFpr(logits, 0)).length).toBe(0);
  });
});
