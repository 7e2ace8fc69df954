import { predict, train, type Example, type TrainOptions } from './logistic-regression';

/**
 * Grouped cross-validation: for each fold, a model trained on the other folds scores the fold's
 * examples. Returns each example's out-of-fold logit.
 */
export function outOfFold(
  examples: readonly Example[],
  namedCount: number,
  foldOf: ReadonlyMap<string, number>,
  options: TrainOptions,
  folds = 5,
): Map<string, number> {
  const logits = new Map<string, number>();
  for (let fold = 0; fold < folds; fold += 1) {
    const model = train(
      examples.filter((e) => foldOf.get(e.id) !== fold),
      namedCount,
      options,
    );
    for (const e of examples) if (foldOf.get(e.id) === fold) logits.set(e.id, predict(model, e));
  }
  return logits;
}
