import { describe, expect, it } from 'vitest';
import { classWeights, type Example } from '../../../../scripts/eval/logistic-regression';

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
