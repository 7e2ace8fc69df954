import { findScamSigns, type ScamSigns } from './find-scam-signs';
import { handSetVerdict, type HandSetVerdict } from './hand-set-verdict';
import { namedLogit, type NamedFeatures, type ScamModel } from './scam-model';
import type { ScamTextInput } from './scam-verdict';
import { signFeatures } from './sign-features';
import { hashedFeatures, hashedLogit, type CharGrams, type HashedFeatures } from './text-features';

/**
 * Everything the screen detector reads of a title and/or page text, the same for training and
 * use: the finders' signs, the hand-set scorer's verdict, and the named features. The n-grams are
 * hashed from `signs.title` and `signs.body`, into features (training, explaining) or straight
 * into the logit (use).
 */
export interface ScreenEvidence {
  readonly signs: ScamSigns;
  readonly handSet: HandSetVerdict;
  readonly named: NamedFeatures;
}

export function screenEvidence(input: ScamTextInput): ScreenEvidence {
  const signs = findScamSigns(input);
  const handSet = handSetVerdict(signs);
  // Built when first read: most window titles are settled without the detector (score-scam-text.ts).
  let named: NamedFeatures | undefined;
  return {
    signs,
    handSet,
    get named() {
      named ??= signFeatures(signs, handSet);
      return named;
    },
  };
}

export const screenHashed = (evidence: ScreenEvidence, grams: CharGrams, explain = false): HashedFeatures =>
  hashedFeatures(evidence.signs.title, evidence.signs.body, grams, explain);

/** The detector's logit, with the n-grams summed as they are hashed. */
export const screenLogit = (model: ScamModel, evidence: ScreenEvidence): number =>
  namedLogit(model, evidence.named) + hashedLogit(model.hashed, evidence.signs.title, evidence.signs.body);
