import { describe, expect, it } from 'vitest';
import {
  classWeights,
  logCountRatio,
  predict,
  train,
  type Example,
} from '../../../../scripts/eval/logistic-regression';

const example = (id: string, y: 0 | 1, language: string): Example => ({
  id,
  y,
  language,
  buckets: new Int32Array(0),
  values: new Float32Array(0),
  named: new Float64Array(0),
});

describe('the training loss’s example weights', () => {
  // 8 English and 2 Italian scam texts, 5 English harmless ones.
  const examples = [
    ...Array.from({ length: 8 }, (_, i) => example(`en-scam-${i}`, 1, 'en')),
    ...Array.from({ length: 2 }, (_, i) => example(`it-scam-${i}`, 1, 'it')),
    ...Array.from({ length: 5 }, (_, i) => example(`en-ok-${i}`, 0, 'en')),
  ];
  const total = (weight: (e: Example) => number, keep: (e: Example) => boolean) =>
    examples.filter(keep).reduce((sum, e) => sum + weight(e), 0);

  it('give each class half the loss, every text of a class alike by default', () => {
    const weight = classWeights(examples, 0);
    expect(total(weight, (e) => e.y === 1)).toBeCloseTo(0.5);
    expect(total(weight, (e) => e.y === 0)).toBeCloseTo(0.5);
    expect(weight(examples[0] as Example)).toBeCloseTo(weight(examples[9] as Example));
  });

  it('let a scarce language weigh more, up to as much as a common one', () => {
    const half = classWeights(examples, 0.5);
    const full = classWeights(examples, 1);
    expect(total(half, (e) => e.y === 1)).toBeCloseTo(0.5);
    // n^(1 − balance): 8 English texts weigh as √8, 2 Italian ones as √2 …
    expect(total(half, (e) => e.language === 'it')).toBeCloseTo(
      (0.5 * Math.SQRT2) / (Math.SQRT2 + Math.sqrt(8)),
    );
    // … and with full balance each language has half of the scam side.
    expect(total(full, (e) => e.y === 1 && e.language === 'it')).toBeCloseTo(0.25);
    expect(total(full, (e) => e.y === 0)).toBeCloseTo(0.5);
  });
});

describe('naive-Bayes scaling of the n-grams', () => {
  // Bucket 1 is in every text, bucket 2 only in scams, bucket 3 only in harmless texts.
  const text = (id: string, y: 0 | 1, buckets: number[]): Example => ({
    id,
    y,
    buckets: Int32Array.from(buckets),
    values: Float32Array.from(buckets.map(() => 1)),
    named: new Float64Array(0),
  });
  const examples = [
    text('s1', 1, [1, 2]),
    text('s2', 1, [1, 2]),
    text('h1', 0, [1, 3]),
    text('h2', 0, [1, 3]),
  ];

  it('reads each bucket’s log-count ratio with the smoothing added', () => {
    const r = logCountRatio(examples, 1);
    expect(r[1]).toBeCloseTo(0); // as common on both sides
    expect(r[2]).toBeCloseTo(Math.log(3)); // (2 + 1) scam against (0 + 1) harmless; the totals match
    expect(r[3]).toBeCloseTo(-Math.log(3));
    expect(r[4]).toBeCloseTo(0); // never seen
  });

  it('gives no weight to an n-gram both sides share, and folds the scale into the weights', () => {
    // Bucket 1 is in one scam and one harmless text; alone in s1 it is all a plain fit can use.
    const shared = [text('s1', 1, [1]), text('s2', 1, [2, 6]), text('h1', 0, [1, 3]), text('h2', 0, [3])];
    expect(logCountRatio(shared, 1)[1]).toBe(0);
    const options = { lambda: 0.01, iterations: 200 };
    const plain = train(shared, 0, options);
    const scaled = train(shared, 0, { ...options, naiveBayes: 1 });
    expect(plain.hashed[1] ?? 0).toBeGreaterThan(0.1);
    expect(scaled.hashed[1]).toBe(0);
    // Used as any model, unscaled texts in: the same logits as a fit on texts scaled by hand.
    const r = logCountRatio(shared, 1);
    const byHand = shared.map((e) => ({
      ...e,
      values: e.values.map((v, i) => v * (r[e.buckets[i] ?? 0] ?? 0)),
    }));
    const fitByHand = train(byHand, 0, options);
    shared.forEach((e, i) =>
      expect(predict(scaled, e)).toBeCloseTo(predict(fitByHand, byHand[i] as Example), 6),
    );
    expect(predict(scaled, shared[1] as Example)).toBeGreaterThan(0);
    expect(predict(scaled, shared[3] as Example)).toBeLessThan(0);
  });
});
