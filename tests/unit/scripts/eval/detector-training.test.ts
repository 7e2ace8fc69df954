import { describe, expect, it } from 'vitest';
import messageModelFile from '../../../../resources/scam-text/message-model.json';
import screenModelFile from '../../../../resources/scam-text/screen-model.json';
import { groupedFolds } from '../../../../scripts/eval/corpus-split';
import { outOfFold } from '../../../../scripts/eval/cross-validate';
import { trackExamples } from '../../../../scripts/eval/detector-examples';
import { operatingPoint, trainOptions } from '../../../../scripts/eval/detector-training';
import { loadCorpus, type Track } from '../../../../scripts/eval/scam-corpus';
import { decider } from '../../../../scripts/eval/track-decisions';

/**
 * Floors under the detectors' grouped cross-validated recall on the dev split, at the shipped λ
 * and with the shipped rules (`npm run eval:scam-text` prints the full tables). A change to the
 * features, the finders or the rules that makes either detector clearly worse fails here.
 * They hold for the current corpus: its ninth round added messages from sources unlike the rest,
 * which brought the message figure from 0.80 to 0.67 (the model file's `crossValidatedRecall`).
 */
const floors: Readonly<Record<Track, number>> = { screen: 0.75, message: 0.6 };
const shippedLambda: Readonly<Record<Track, number>> = {
  screen: screenModelFile.training.lambda,
  message: messageModelFile.training.lambda,
};

describe('the trained detectors on held-out folds of the dev split', () => {
  for (const track of ['screen', 'message'] as const) {
    it(`${track}: finds at least ${floors[track] * 100} % of scams within its false-positive budget`, () => {
      const dev = loadCorpus().filter((i) => i.track === track && i.split === 'dev');
      const set = trackExamples(track, dev);
      const oof = outOfFold(
        set.examples,
        set.names.length,
        groupedFolds(dev),
        trainOptions(track, set, shippedLambda[track]),
      );
      const { recall } = operatingPoint(track, dev, oof, decider(track, dev));
      expect(recall).toBeGreaterThanOrEqual(floors[track]);
    }, 180_000);
  }
});
