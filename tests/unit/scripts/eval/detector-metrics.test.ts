import { describe, expect, it } from 'vitest';
import { figures, thresholdAtFpr, wilson } from '../../../../scripts/eval/detector-metrics';
import type { Judged } from '../../../../scripts/eval/detector-cv';
import { formatRate, partitionTable } from '../../../../scripts/eval/eval-report';
import type { CorpusItem } from '../../../../scripts/eval/scam-corpus';

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

  it('give each partition of dev its row, then the lowest and highest figures', () => {
    const judged = (label: 'scam' | 'benign', scam: boolean): Judged =>
      ({
        item: { label, language: 'en' } as CorpusItem,
        scam,
        warned: scam,
        oldScam: false,
        oldWarned: false,
        margin: 0,
      }) as Judged;
    // Partition 0 finds 3 of 4 scams and flags 1 of 5 harmless texts; partition 1 finds 2 and flags none.
    const first = [true, true, true, false].map((s) => judged('scam', s));
    const second = [true, true, false, false].map((s) => judged('scam', s));
    const harmless = (flagged: number) => [0, 1, 2, 3, 4].map((k) => judged('benign', k < flagged));
    const rows = partitionTable([
      [...first, ...harmless(1)],
      [...second, ...harmless(0)],
    ]);
    expect(rows[2]).toMatch(/^\| 0 \(the one above\) \| 75\.0 \(/);
    expect(rows[2]).toContain('| 20.0 (');
    expect(rows[3]).toMatch(/^\| 1 \| 50\.0 \(/);
    expect(rows[4]).toBe('| lowest–highest | 50.0–75.0 | 0.0–20.0 | 75.0–100.0 |');
  });
});
