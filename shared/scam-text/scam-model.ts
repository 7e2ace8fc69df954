/**
 * A trained scam-text detector: L2-regularised logistic regression over hashed n-grams
 * (text-features.ts) and named features from the finders, trained by scripts/train-scam-text.ts
 * and shipped as JSON in resources/scam-text/. The n-gram weights are stored as 8-bit integers
 * with one scale (base64) and kept so in memory, so both models stay well under a megabyte; the
 * named weights are kept as they are, readable.
 */
import {
  bucketCount,
  defaultCharGrams,
  hashBits,
  ngramWeight,
  type CharGrams,
  type HashedFeatures,
  type NgramWeights,
} from './text-features';

/** The shipped file (resources/scam-text/*-model.json). */
export interface ScamModelFile {
  readonly format: 1;
  readonly track: 'screen' | 'message';
  readonly hashBits: number;
  /** n-gram weight = int8 × scale */
  readonly scale: number;
  /** base64 of one signed byte per bucket */
  readonly weights: string;
  /** The character n-grams it reads, [shortest, longest] (`defaultCharGrams` when absent). */
  readonly charGrams?: readonly number[];
  readonly named: Readonly<Record<string, number>>;
  readonly bias: number;
  /** Decision thresholds in logit units, chosen on cross-validated dev predictions. */
  readonly thresholds: Readonly<Record<string, number>>;
  /** How it was trained: items, regularisation, cross-validated figures (see the training script). */
  readonly training: unknown;
}

export interface ScamModel {
  readonly hashed: NgramWeights;
  readonly named: ReadonlyMap<string, number>;
  readonly bias: number;
  readonly thresholds: Readonly<Record<string, number>>;
}

/** Named feature values: `[name, value]`, in a fixed order. */
export type NamedFeatures = readonly (readonly [string, number])[];

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sextet = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i += 1) sextet[alphabet.charCodeAt(i)] = i;

/** Base64 to bytes, without `Buffer` or `atob` (shared/ runs in Node and in the browser alike). */
export function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i += 1) {
    const v = sextet[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`not base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o] = (acc >> bits) & 0xff;
      o += 1;
    }
  }
  return out;
}

/** A model file's character n-gram lengths: two whole numbers, 1 ≤ shortest ≤ longest ≤ 8. */
function readCharGrams(lengths: readonly number[]): CharGrams {
  const [shortest = 0, longest = 0] = lengths;
  const whole = lengths.length === 2 && Number.isInteger(shortest) && Number.isInteger(longest);
  if (!whole || shortest < 1 || shortest > longest || longest > 8)
    throw new Error('scam-text model of another format');
  return [shortest, longest];
}

export function decodeModel(file: ScamModelFile): ScamModel {
  if (file.format !== 1 || file.hashBits !== hashBits) throw new Error('scam-text model of another format');
  const bytes = base64Bytes(file.weights);
  if (bytes.length !== bucketCount) throw new Error('scam-text model of another size');
  const charGrams = readCharGrams(file.charGrams ?? defaultCharGrams);
  const steps = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    hashed: { steps, scale: file.scale, charGrams },
    named: new Map(Object.entries(file.named)),
    bias: file.bias,
    thresholds: file.thresholds,
  };
}

/** The bias and the named features' part of a logit. */
export function namedLogit(model: ScamModel, named: NamedFeatures): number {
  let z = model.bias;
  for (const [name, value] of named) if (value !== 0) z += (model.named.get(name) ?? 0) * value;
  return z;
}

/**
 * The model's logit for one text: above a threshold, the text is on that side of it. The app
 * sums the n-gram part as it hashes (`hashedLogit`); this form, over built features, is for
 * training and explaining.
 */
export function logit(model: ScamModel, hashed: HashedFeatures, named: NamedFeatures): number {
  let z = namedLogit(model, named);
  for (let i = 0; i < hashed.buckets.length; i += 1)
    z += ngramWeight(model.hashed, hashed.buckets[i] ?? 0) * (hashed.values[i] ?? 0);
  return z;
}

export interface Contribution {
  /** `sign:<name>` for a finder feature, or the n-gram (`c:'…'` characters, `w:'…'` words, `t:'…'` title words). */
  readonly feature: string;
  readonly contribution: number;
}

/** The features that moved the logit most, largest first (for developers: `--explain`). */
export function topContributions(
  model: ScamModel,
  hashed: HashedFeatures,
  named: NamedFeatures,
  count = 10,
): Contribution[] {
  const all: Contribution[] = [];
  hashed.buckets.forEach((bucket, i) => {
    const contribution = ngramWeight(model.hashed, bucket) * (hashed.values[i] ?? 0);
    all.push({ feature: hashed.names?.get(bucket) ?? `bucket ${bucket}`, contribution });
  });
  for (const [name, value] of named)
    if (value !== 0)
      all.push({ feature: `sign:${name}`, contribution: (model.named.get(name) ?? 0) * value });
  return all
    .filter((c) => c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, count)
    .map((c) => ({ feature: c.feature, contribution: Math.round(c.contribution * 1000) / 1000 }));
}

/** 0..1, 0.5 exactly at the threshold: the scorer's `score`. */
export const scoreAt = (z: number, threshold: number): number =>
  Math.round((1 / (1 + Math.exp(-(z - threshold)))) * 1000) / 1000;
