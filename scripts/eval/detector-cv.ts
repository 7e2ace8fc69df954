/**
 * Grouped cross-validation of a track's detector with the shipped decision rules, for
 * `npm run eval:scam-text`. Each dev fold is judged by a model trained on the other four folds,
 * with thresholds chosen on those four alone (an inner grouped cross-validation), so no fold's
 * labels choose its own threshold. The hand-set scorer and checker are judged on the same items.
 * `partition` picks how dev is cut into folds (corpus-split.ts).
 */
import { chooseThresholds, type Scored } from './choose-thresholds';
import { foldCount, groupedFolds } from './corpus-split';
import { trackExamples } from './detector-examples';
import { operatingPoints, trainOptions } from './detector-training';
import { predict, train, type Example } from './logistic-regression';
import type { CorpusItem, Track } from './scam-corpus';
import { decider, type Verdicts } from './track-decisions';

/** One item's verdicts, new and old. */
export interface Judged extends Verdicts {
  readonly item: CorpusItem;
  /** Logit minus the scam threshold: how far the detector was from the other side. */
  readonly margin: number;
}

export function crossValidate(
  track: Track,
  dev: readonly CorpusItem[],
  lambda: number,
  log: (line: string) => void = () => undefined,
  partition = 0,
): Judged[] {
  const set = trackExamples(track, dev);
  const byId = new Map(dev.map((i) => [i.id, i]));
  const foldOf = groupedFolds(dev, foldCount, partition);
  const folds = Math.max(...foldOf.values()) + 1;
  const options = trainOptions(track, set, lambda);
  const fit = (keep: (e: Example) => boolean) => train(set.examples.filter(keep), set.names.length, options);
  const decide = decider(track, dev);
  const judged: Judged[] = [];
  for (let f = 0; f < folds; f += 1) {
    const inFold = (e: Example) => foldOf.get(e.id) === f;
    // Thresholds from the other folds only: each of them scored by a model that saw neither it nor f.
    const innerBenign: Scored[] = [];
    for (let g = 0; g < folds; g += 1) {
      if (g === f) continue;
      const model = fit((e) => !inFold(e) && foldOf.get(e.id) !== g);
      for (const e of set.examples) {
        const item = byId.get(e.id);
        if (foldOf.get(e.id) === g && e.y === 0 && item) innerBenign.push({ item, logit: predict(model, e) });
      }
    }
    const thresholds = chooseThresholds(innerBenign, decide, operatingPoints[track]);
    const model = fit((e) => !inFold(e));
    for (const e of set.examples.filter(inFold)) {
      const item = byId.get(e.id);
      if (item === undefined) continue;
      const z = predict(model, e);
      judged.push({ item, ...decide(item, z, thresholds), margin: z - (thresholds.scam ?? 0) });
    }
    log(`${track}: fold ${f + 1} of ${folds} done`);
  }
  return judged;
}
