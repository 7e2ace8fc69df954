import { describe, expect, it } from 'vitest';
import {
  base64Bytes,
  decodeModel,
  logit,
  scoreAt,
  type ScamModelFile,
} from '../../../../shared/scam-text/scam-model';
import {
  bucketCount,
  defaultCharGrams,
  hashBits,
  hashedFeatures,
  hashedLogit,
  ngramWeight,
  SeenBuckets,
  type NgramWeights,
} from '../../../../shared/scam-text/text-features';

const title = 'microsoft windows - security warning';
const body = 'your computer is blocked. call support now: +1 833 864 4143. do not close this page.';

/** Deterministic pseudo-random 8-bit weights, the same on every run. */
function weights(): NgramWeights {
  const steps = new Int8Array(bucketCount);
  let s = 12345;
  for (let i = 0; i < bucketCount; i += 1) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    steps[i] = ((s >>> 16) % 255) - 127;
  }
  return { steps, scale: 0.01, charGrams: defaultCharGrams };
}

/** Σ weight × value over built features. */
function builtLogit(w: NgramWeights, features: ReturnType<typeof hashedFeatures>): number {
  let z = 0;
  features.buckets.forEach((bucket, i) => (z += ngramWeight(w, bucket) * (features.values[i] ?? 0)));
  return z;
}

describe('hashed n-gram features', () => {
  it('are the same for the same text, and each block has unit length', () => {
    const a = hashedFeatures(title, body);
    const b = hashedFeatures(title, body);
    expect([...a.buckets]).toEqual([...b.buckets]);
    expect([...a.values]).toEqual([...b.values]);
    // Three blocks (words, characters, title words), each of length 1: Σ value² is at most 3.
    const squares = [...a.values].reduce((sum, v) => sum + v * v, 0);
    expect(squares).toBeGreaterThan(1);
    expect(squares).toBeLessThanOrEqual(3.0001);
    for (const bucket of a.buckets) expect(bucket).toBeLessThan(bucketCount);
  });

  it('give every phone number and amount the same shape', () => {
    const one = hashedFeatures('', 'call 1-800-555-0101 now');
    const other = hashedFeatures('', 'call 1-888-123-4567 now');
    expect([...one.buckets].sort()).toEqual([...other.buckets].sort());
    expect([...hashedFeatures('', 'call microsoft now').buckets].sort()).not.toEqual([...one.buckets].sort());
  });

  it('sum into the same logit straight away as through the built features', () => {
    const w = weights();
    const z = builtLogit(w, hashedFeatures(title, body));
    expect(hashedLogit(w, title, body)).toBeCloseTo(z, 4);
    expect(hashedLogit(w, '', 'hallo oma')).not.toBeCloseTo(z, 2);
  });

  it('read the character n-grams of the lengths a detector was trained on', () => {
    const names = (grams: readonly [number, number]) =>
      [...(hashedFeatures('', 'do not close', grams, true).names?.values() ?? [])].filter((n) =>
        n.startsWith('c:'),
      );
    expect(names([2, 4])).toEqual(expect.arrayContaining(["c:' d'", "c:'do '", "c:'clos'"]));
    expect(names([2, 4]).some((n) => n.length - 4 > 4)).toBe(false); // c:'…' around 4 characters at most
    expect(names([3, 5])).toEqual(expect.arrayContaining(["c:'clo'", "c:'close'"]));
    expect(names([3, 5]).some((n) => n.length - 4 < 3)).toBe(false);
    // The logit reads the lengths the weights were trained with.
    const w = weights();
    const short = { ...w, charGrams: [2, 4] as const };
    expect(hashedLogit(short, title, body)).toBeCloseTo(
      builtLogit(short, hashedFeatures(title, body, [2, 4])),
      4,
    );
    expect(hashedLogit(short, title, body)).not.toBeCloseTo(hashedLogit(w, title, body), 2);
  });

  it('count each n-gram once however long the text, and one text does not leak into the next', () => {
    const w = weights();
    // Every n-gram of a long page is distinct or repeated; both sums must agree with the built
    // features, before and after a short title, in either order.
    let page = '';
    for (let i = 0; page.length < 20_000; i += 1)
      page += `word${String.fromCharCode(97 + (i % 26))}${i % 7} `;
    const short = hashedLogit(w, title, '');
    const long = hashedLogit(w, '', page);
    expect(long).toBeCloseTo(builtLogit(w, hashedFeatures('', page)), 3);
    expect(hashedLogit(w, title, '')).toBe(short);
    expect(hashedLogit(w, '', page)).toBe(long);
  });

  it('keep the distinct buckets of a block as a Set would, across small and large blocks', () => {
    const seen = new SeenBuckets();
    let s = 7;
    for (const size of [10, 5000, 3, 40_000, 200]) {
      seen.start(size);
      const expected = new Set<number>();
      const drawn: number[] = [];
      for (let i = 0; i < size; i += 1) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        // Half the draws repeat an earlier bucket.
        const bucket = i % 2 === 1 ? (drawn[s % drawn.length] ?? 0) : (s >>> 14) % bucketCount;
        expect(seen.add(bucket)).toBe(!expected.has(bucket));
        expected.add(bucket);
        drawn.push(bucket);
      }
    }
  });

  it('name the n-grams only when explaining', () => {
    const explained = hashedFeatures('', 'do not close this page', defaultCharGrams, true);
    expect(hashedFeatures('', 'do not close this page').names).toBeUndefined();
    expect([...(explained.names?.values() ?? [])]).toEqual(
      expect.arrayContaining(["w:'do not'", "w:'close'", "c:'clo'"]),
    );
  });
});

describe('a model file', () => {
  it('decodes base64 bytes without Buffer', () => {
    expect([...base64Bytes('AP9/gA==')]).toEqual([0, 255, 127, 128]);
    expect(() => base64Bytes('a*b=')).toThrow(/not base64/);
  });

  it('decodes signed 8-bit weights times the scale, and refuses another format or size', () => {
    const bytes = new Uint8Array(bucketCount);
    bytes[0] = 127;
    bytes[1] = 0x81; // -127
    const file: ScamModelFile = {
      format: 1,
      track: 'screen',
      hashBits,
      scale: 0.5,
      weights: Buffer.from(bytes).toString('base64'),
      named: { 'sign:x': 2 },
      bias: -1,
      thresholds: { scam: 0 },
      training: {},
    };
    const model = decodeModel(file);
    expect(ngramWeight(model.hashed, 0)).toBeCloseTo(63.5);
    expect(ngramWeight(model.hashed, 1)).toBeCloseTo(-63.5);
    expect(ngramWeight(model.hashed, 2)).toBe(0);
    const features = { buckets: Int32Array.from([0, 1]), values: Float32Array.from([1, 0.5]) };
    expect(logit(model, features, [['sign:x', 1]])).toBeCloseTo(-1 + 2 + 63.5 - 31.75);
    expect(() => decodeModel({ ...file, hashBits: hashBits + 1 })).toThrow(/another format/);
    expect(() => decodeModel({ ...file, weights: 'AAAA' })).toThrow(/another size/);
    // The character n-grams it was trained on: 3 to 5 when the file does not say.
    expect(model.hashed.charGrams).toEqual([3, 5]);
    expect(decodeModel({ ...file, charGrams: [2, 4] }).hashed.charGrams).toEqual([2, 4]);
    expect(() => decodeModel({ ...file, charGrams: [4, 2] })).toThrow(/another format/);
    expect(() => decodeModel({ ...file, charGrams: [3] })).toThrow(/another format/);
  });

  it('scores 0.5 exactly at the threshold', () => {
    expect(scoreAt(1.5, 1.5)).toBe(0.5);
    expect(scoreAt(4, 1.5)).toBeGreaterThan(0.9);
    expect(scoreAt(-1, 1.5)).toBeLessThan(0.1);
  });
});
