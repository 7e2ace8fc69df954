/**
 * Hashed n-gram features of a text, for the trained scam-text detectors (scam-model.ts): word
 * unigrams and bigrams, character n-grams (their lengths a setting of each detector, `CharGrams`),
 * and the title's words on their own, each hashed
 * into `bucketCount` buckets ("the hashing trick", Weinberger et al., "Feature Hashing for Large
 * Scale Multitask Learning", ICML 2009, https://arxiv.org/abs/0902.2206). Character n-grams read
 * through spelling slips, OCR errors and the six languages alike; digits become "0" so every phone
 * number and amount has the same shape.
 *
 * Each block is present/absent per n-gram and scaled to unit length, so a long page does not
 * outweigh a short pop-up. Speed matters (every window title, every OCR pass): buckets are
 * de-duplicated in a small reusable table instead of a Set, and nothing is allocated on the way
 * to a logit.
 */

export const hashBits = 18;
export const bucketCount = 1 << hashBits;
const mask = bucketCount - 1;

export interface HashedFeatures {
  /** Distinct buckets, and each one's value. */
  readonly buckets: Int32Array;
  readonly values: Float32Array;
  /** Only when explaining: a readable n-gram for each bucket ("c:'all mi'", "w:'do not'"). */
  readonly names?: ReadonlyMap<number, string>;
}

/** The shortest and longest character n-grams a detector reads: a setting of each trained detector. */
export type CharGrams = readonly [shortest: number, longest: number];

/** What the first detectors read, and what a model file that names no lengths was trained with. */
export const defaultCharGrams: CharGrams = [3, 5];

/** A detector's n-gram weights as shipped: weight = step × scale, one signed byte per bucket. */
export interface NgramWeights {
  readonly steps: Int8Array;
  readonly scale: number;
  readonly charGrams: CharGrams;
}

/** The weight of one bucket. */
export const ngramWeight = (weights: NgramWeights, bucket: number): number =>
  (weights.steps[bucket] ?? 0) * weights.scale;

const seeds = { word: 0x2545f491, char: 0x9e3779b9, title: 0x632be5ab } as const;
type Block = keyof typeof seeds;

/** murmur3's finaliser: spreads the bits of an FNV hash over the buckets. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The distinct buckets of one block, in an open-addressing table sized to the text and reused
 * between calls: a title's few hundred n-grams stay in a few kilobytes, where a table with an entry
 * per bucket (a megabyte) would cost a cache miss for every n-gram.
 */
export class SeenBuckets {
  private keys = new Int32Array(1024);
  private marks = new Uint32Array(1024);
  private mark = 0;
  private mask = 1023;

  /** Starts a block of at most `most` n-grams. */
  start(most: number): void {
    let size = 64;
    while (size < most * 2) size *= 2;
    if (size > this.keys.length) {
      this.keys = new Int32Array(size);
      this.marks = new Uint32Array(size);
      this.mark = 0;
    }
    this.mask = size - 1;
    this.mark = (this.mark + 1) >>> 0;
    if (this.mark === 0) {
      this.marks.fill(0);
      this.mark = 1;
    }
  }

  /** True the first time the bucket is added in this block. */
  add(bucket: number): boolean {
    let slot = bucket & this.mask;
    while (this.marks[slot] === this.mark) {
      if (this.keys[slot] === bucket) return false;
      slot = (slot + 1) & this.mask;
    }
    this.marks[slot] = this.mark;
    this.keys[slot] = bucket;
    return true;
  }
}

const seen = new SeenBuckets();

/** Where the n-grams of a text go: collected as features (training, explaining) or summed into a logit (use). */
interface Sink {
  /** Names are made only when explaining: making them costs more than the hashing. */
  readonly explaining: boolean;
  /** Starts a block of at most `most` n-grams. */
  start(most: number): void;
  add(hash: number, name?: () => string): void;
  /** Ends a block: its distinct n-grams get 1/√n each, so the block has unit length. */
  finish(): void;
}

/** Each bucket's summed value while features are collected (training and explaining only). */
let sums: Float32Array | undefined;

class Collector implements Sink {
  private readonly touched: number[] = [];
  private readonly names: Map<number, string> | undefined;
  private block: number[] = [];
  readonly explaining: boolean;

  constructor(explain: boolean) {
    this.names = explain ? new Map() : undefined;
    this.explaining = explain;
  }

  start(most: number): void {
    seen.start(most);
    this.block = [];
  }

  add(hash: number, name?: () => string): void {
    const bucket = mix(hash) & mask;
    if (!seen.add(bucket)) return;
    this.block.push(bucket);
    if (this.names && name && !this.names.has(bucket)) this.names.set(bucket, name());
  }

  finish(): void {
    if (this.block.length === 0) return;
    const value = 1 / Math.sqrt(this.block.length);
    sums ??= new Float32Array(bucketCount);
    for (const bucket of this.block) {
      if (sums[bucket] === 0) this.touched.push(bucket);
      sums[bucket] = (sums[bucket] ?? 0) + value;
    }
  }

  result(): HashedFeatures {
    const buckets = Int32Array.from(this.touched);
    const values = new Float32Array(buckets.length);
    buckets.forEach((bucket, i) => {
      if (sums === undefined) return;
      values[i] = sums[bucket] ?? 0;
      sums[bucket] = 0;
    });
    return this.names ? { buckets, values, names: this.names } : { buckets, values };
  }
}

/**
 * The same n-grams straight into Σ weight × value, with nothing allocated: the path every title
 * and screen takes. The weights are the shipped 8-bit steps, summed as integers and scaled once.
 */
class LogitSink implements Sink {
  readonly explaining = false;
  total = 0;
  private count = 0;
  private sum = 0;

  constructor(
    private readonly steps: Int8Array,
    private readonly scale: number,
  ) {}

  start(most: number): void {
    seen.start(most);
    this.count = 0;
    this.sum = 0;
  }

  add(hash: number): void {
    const bucket = mix(hash) & mask;
    if (!seen.add(bucket)) return;
    this.count += 1;
    this.sum += this.steps[bucket] ?? 0;
  }

  finish(): void {
    if (this.count > 0) this.total += (this.sum * this.scale) / Math.sqrt(this.count);
  }
}

// Character classes, by UTF-16 code unit: 1 letter, 2 digit, 3 white space, 0 anything else.
// Folded text is mostly ASCII; other code units are classified once, when first seen.
const unknownClass = 255;
const classes = new Uint8Array(0x10000).fill(unknownClass);
function classOf(code: number): number {
  let c = classes[code] ?? 0;
  if (c === unknownClass) {
    const ch = String.fromCharCode(code);
    c = /\p{L}/u.test(ch) ? 1 : /\p{N}/u.test(ch) ? 2 : /\s/.test(ch) ? 3 : 0;
    classes[code] = c;
  }
  return c;
}

const fnvBasis = 0x811c9dc5;
const fnvPrime = 0x01000193;
const hashOfDigits = (seed: number): number => Math.imul(((fnvBasis ^ seed) >>> 0) ^ 0x23, fnvPrime) >>> 0; // "#"

/**
 * Word unigrams and bigrams: a word is a run of letters or a run of digits (every number is "#"),
 * hashed as it is read, without cutting the text into strings.
 */
function words(sink: Sink, folded: string, block: Block): void {
  const seed = seeds[block];
  let previous: number | null = null;
  let previousWord = '';
  sink.start(2 * folded.length); // a unigram and a bigram per word at most
  let i = 0;
  while (i < folded.length) {
    const kind = classOf(folded.charCodeAt(i));
    if (kind !== 1 && kind !== 2) {
      i += 1;
      continue;
    }
    const begin = i;
    let h = (fnvBasis ^ seed) >>> 0;
    while (i < folded.length && classOf(folded.charCodeAt(i)) === kind) {
      h = Math.imul(h ^ folded.charCodeAt(i), fnvPrime);
      i += 1;
    }
    h = kind === 2 ? hashOfDigits(seed) : h >>> 0;
    const word = sink.explaining ? (kind === 2 ? '#' : folded.slice(begin, i)) : '';
    const before = previousWord;
    sink.add(h, sink.explaining ? () => `${block[0]}:'${word}'` : undefined);
    if (previous !== null)
      sink.add(
        Math.imul(previous ^ 0x27d4eb2d, 31) ^ h,
        sink.explaining ? () => `${block[0]}:'${before} ${word}'` : undefined,
      );
    previous = h;
    previousWord = word;
  }
  sink.finish();
}

// The text as character n-grams see it: digits as "0", each run of white space as one space, a
// space at each end. Reused between calls.
let padded = new Uint16Array(1024);

function charCodes(folded: string): number {
  if (padded.length < folded.length + 2) padded = new Uint16Array(folded.length * 2 + 2);
  let n = 0;
  padded[n++] = 32;
  for (let i = 0; i < folded.length; i += 1) {
    const code = folded.charCodeAt(i);
    const kind = classOf(code);
    if (kind === 3) {
      if (padded[n - 1] !== 32) padded[n++] = 32;
    } else padded[n++] = kind === 2 ? 48 : code;
  }
  if (padded[n - 1] !== 32) padded[n++] = 32;
  return n;
}

function chars(sink: Sink, folded: string, [shortest, longest]: CharGrams): void {
  const n = charCodes(folded);
  let text = '';
  if (sink.explaining) for (let i = 0; i < n; i += 1) text += String.fromCharCode(padded[i] ?? 32);
  sink.start(n * (longest - shortest + 1));
  for (let i = 0; i + shortest <= n; i += 1) {
    let h = (fnvBasis ^ seeds.char) >>> 0;
    for (let k = 0; k < longest && i + k < n; k += 1) {
      h = Math.imul(h ^ (padded[i + k] ?? 0), fnvPrime);
      if (k >= shortest - 1)
        sink.add(h + k, sink.explaining ? () => `c:'${text.slice(i, i + k + 1)}'` : undefined);
    }
  }
  sink.finish();
}

function visit(sink: Sink, title: string, body: string, grams: CharGrams): void {
  const all = title.length > 0 ? `${title}\n${body}` : body;
  words(sink, all, 'word');
  chars(sink, all, grams);
  if (title.length > 0) words(sink, title, 'title');
}

/** The hashed features of a folded title and a folded body (see `foldText`). */
export function hashedFeatures(
  title: string,
  body: string,
  grams: CharGrams = defaultCharGrams,
  explain = false,
): HashedFeatures {
  const collector = new Collector(explain);
  visit(collector, title, body, grams);
  return collector.result();
}

/**
 * Σ weight × value over the hashed features of a folded title and body: the n-gram part of a
 * detector's logit, the same as summing over `hashedFeatures` (up to rounding), without building them.
 */
export function hashedLogit(weights: NgramWeights, title: string, body: string): number {
  const sink = new LogitSink(weights.steps, weights.scale);
  visit(sink, title, body, weights.charGrams);
  return sink.total;
}
