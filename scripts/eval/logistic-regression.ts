/**
 * L2-regularised logistic regression over hashed n-grams and named features, trained by
 * accelerated full-batch gradient descent (Nesterov's method in its FISTA form: Beck & Teboulle,
 * "A Fast Iterative Shrinkage-Thresholding Algorithm", SIAM J. Imaging Sciences 2009). Full-batch
 * steps in a fixed order make training deterministic: the same corpus gives the same weights.
 *
 * Loss: Σ cᵢ log(1 + e^(−yᵢzᵢ)) + λ/2 ‖w‖², with class weights cᵢ that give scam and harmless
 * texts half the loss each, so a corpus with more harmless texts does not tilt the model (and,
 * with `languageBalance`, let a scarce language's texts weigh more within their class).
 */
import { bucketCount } from '../../shared/scam-text/text-features';

export interface Example {
  readonly id: string;
  /** 1 scam, 0 harmless */
  readonly y: 0 | 1;
  readonly buckets: Int32Array;
  readonly values: Float32Array;
  /** The named features, in the example set's name order. */
  readonly named: Float64Array;
  /** The example's language: with `languageBalance`, scarce languages weigh more. */
  readonly language?: string;
}

export interface LinearModel {
  readonly hashed: Float64Array;
  readonly named: Float64Array;
  readonly bias: number;
}

export interface TrainOptions {
  readonly lambda: number;
  /** λ for the named features, when it differs: they are few, and each says something definite. */
  readonly namedLambda?: number;
  /** Named features whose weight may not go below 0 (a sign of a scam never counts against it). */
  readonly nonNegative?: readonly boolean[];
  readonly iterations: number;
  /**
   * 0 (the default): every example of a class weighs the same. Up to 1: a language with n
   * examples of a class weighs as n^(1 − languageBalance) of them, so scarce languages count more.
   */
  readonly languageBalance?: number;
  /**
   * When set, each n-gram bucket is scaled by its naive-Bayes log-count ratio, with this additive
   * smoothing (NBSVM: Wang & Manning, "Baselines and Bigrams", ACL 2012): an n-gram seen as often in
   * harmless texts as in scams weighs little whatever the fit, and a telling one is cheap to use.
   * The scale is folded into the returned weights, so the model is used as any other.
   */
  readonly naiveBayes?: number;
}

export function predict(model: LinearModel, example: Example): number {
  let z = model.bias;
  for (let i = 0; i < example.buckets.length; i += 1)
    z += (model.hashed[example.buckets[i] ?? 0] ?? 0) * (example.values[i] ?? 0);
  for (let j = 0; j < example.named.length; j += 1) z += (model.named[j] ?? 0) * (example.named[j] ?? 0);
  return z;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Each example's share of the loss: half for each class, split by language as `languageBalance` says. */
export function classWeights(examples: readonly Example[], balance: number): (e: Example) => number {
  const key = (e: Example) => `${e.y}:${e.language ?? ''}`;
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  const totals = [0, 0];
  for (const [k, n] of counts) {
    const y = k.startsWith('1') ? 1 : 0;
    totals[y] = (totals[y] ?? 0) + n ** (1 - balance);
  }
  return (e) => (0.5 * (counts.get(key(e)) ?? 1) ** -balance) / (totals[e.y] ?? 1);
}

export function train(given: readonly Example[], namedCount: number, options: TrainOptions): LinearModel {
  const ratio = options.naiveBayes === undefined ? undefined : logCountRatio(given, options.naiveBayes);
  const examples =
    ratio === undefined
      ? given
      : given.map((e) => ({ ...e, values: e.values.map((v, i) => v * (ratio[e.buckets[i] ?? 0] ?? 0)) }));
  const weight = classWeights(examples, options.languageBalance ?? 0);
  // Step 1/L, L a bound on the loss's curvature: ¼·max‖x‖² (the weights cᵢ sum to 1) + λ.
  let maxNorm = 0;
  for (const e of examples) {
    let norm = 1;
    for (const v of e.values) norm += v * v;
    for (const v of e.named) norm += v * v;
    maxNorm = Math.max(maxNorm, norm);
  }
  const step = 1 / (0.25 * maxNorm + options.lambda);
  const n = bucketCount + namedCount + 1; // hashed, named, bias: one parameter vector
  let x = new Float64Array(n);
  let previous = new Float64Array(n);
  const y = new Float64Array(n);
  const grad = new Float64Array(n);
  let t = 1;
  for (let iteration = 0; iteration < options.iterations; iteration += 1) {
    grad.fill(0);
    for (const e of examples) {
      let z = y[n - 1] ?? 0;
      for (let i = 0; i < e.buckets.length; i += 1) z += (y[e.buckets[i] ?? 0] ?? 0) * (e.values[i] ?? 0);
      for (let j = 0; j < namedCount; j += 1) z += (y[bucketCount + j] ?? 0) * (e.named[j] ?? 0);
      const g = weight(e) * (sigmoid(z) - e.y);
      for (let i = 0; i < e.buckets.length; i += 1) {
        const b = e.buckets[i] ?? 0;
        grad[b] = (grad[b] ?? 0) + g * (e.values[i] ?? 0);
      }
      for (let j = 0; j < namedCount; j += 1)
        grad[bucketCount + j] = (grad[bucketCount + j] ?? 0) + g * (e.named[j] ?? 0);
      grad[n - 1] = (grad[n - 1] ?? 0) + g;
    }
    const next = previous; // reuse the oldest buffer
    for (let k = 0; k < n; k += 1) {
      const yk = y[k] ?? 0;
      const lambda =
        k < bucketCount ? options.lambda : k === n - 1 ? 0 : (options.namedLambda ?? options.lambda);
      const regularised = (grad[k] ?? 0) + lambda * yk;
      next[k] = yk - step * regularised;
    }
    // Projected gradient: a constrained weight that would go below 0 stays at 0.
    options.nonNegative?.forEach((constrained, j) => {
      if (constrained && (next[bucketCount + j] ?? 0) < 0) next[bucketCount + j] = 0;
    });
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const momentum = (t - 1) / tNext;
    for (let k = 0; k < n; k += 1) y[k] = (next[k] ?? 0) + momentum * ((next[k] ?? 0) - (x[k] ?? 0));
    previous = x;
    x = next;
    t = tNext;
  }
  const hashed = x.slice(0, bucketCount);
  if (ratio) for (let b = 0; b < bucketCount; b += 1) hashed[b] = (hashed[b] ?? 0) * (ratio[b] ?? 0);
  return {
    hashed,
    named: x.slice(bucketCount, bucketCount + namedCount),
    bias: x[n - 1] ?? 0,
  };
}

/**
 * Per bucket, log((p / ‖p‖₁) / (q / ‖q‖₁)), where p and q count the scam and the harmless examples
 * that hold the bucket, each plus `alpha`.
 */
export function logCountRatio(examples: readonly Example[], alpha: number): Float64Array {
  const p = new Float64Array(bucketCount).fill(alpha);
  const q = new Float64Array(bucketCount).fill(alpha);
  for (const e of examples) {
    const side = e.y === 1 ? p : q;
    for (const b of e.buckets) side[b] = (side[b] ?? 0) + 1;
  }
  let sp = 0;
  let sq = 0;
  for (let b = 0; b < bucketCount; b += 1) {
    sp += p[b] ?? 0;
    sq += q[b] ?? 0;
  }
  const r = new Float64Array(bucketCount);
  for (let b = 0; b < bucketCount; b += 1) r[b] = Math.log((p[b] ?? 0) / sp / ((q[b] ?? 0) / sq));
  return r;
}
