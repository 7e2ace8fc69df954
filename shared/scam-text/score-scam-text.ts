/**
 * Scores a window title and/or the text on a page for the signs of a fake "your computer is
 * infected, call this number" warning. Pure and fast: it runs on every window-title change and
 * on the text read from a full-screen page.
 *
 * The verdict is the trained screen detector's (scam-model.ts, trained by
 * scripts/train-scam-text.ts on the corpus in tests/fixtures/scam-text/): logistic regression
 * over hashed word and character n-grams and the finders' signs. The reasons a person reads are
 * the finders' ("It shows a phone number next to the name Microsoft", "It says your computer is
 * blocked"); when the detector finds a scam that no finder can name, the reason says so plainly.
 */
import screenModelFile from '../../resources/scam-text/screen-model.json';
import {
  decodeModel,
  logit,
  scoreAt,
  topContributions,
  type Contribution,
  type ScamModel,
  type ScamModelFile,
} from './scam-model';
import { scamReason, type ScamReasonName } from './scam-reasons';
import type { ScamReason, ScamTextInput, ScamVerdict } from './scam-verdict';
import { screenEvidence, screenHashed, screenLogit, type ScreenEvidence } from './screen-evidence';
import { phraseWeights } from './scam-weights';

export type { ScamReason, ScamTextInput, ScamVerdict } from './scam-verdict';
export { maxScoredChars } from './find-scam-signs';

let model: ScamModel | undefined;

/** The shipped screen detector, decoded on first use (a few milliseconds, once). */
export function screenModel(): ScamModel {
  model ??= decodeModel(screenModelFile as ScamModelFile);
  return model;
}

/** Reasons that say what a page is, not what is wrong with it. */
const notNameable = new Set(['scamText.reason.brand', 'scamText.reason.aboutScams', 'scamText.reason.phone']);

/**
 * The verdict for a text whose detector logit is `z`: the shipped model's in scoreScamText, a
 * cross-validation fold's in `npm run eval:scam-text`, so both measure the same rules.
 */
export function screenDecision(evidence: ScreenEvidence, z: number, threshold: number): ScamVerdict {
  const { signs, handSet } = evidence;
  // A title alone is a few words a real page can use too ("Norton: your subscription has expired"),
  // and the window watcher reads every title: alone, it is a scam only with a sign a real title
  // never has, a scary title naming a brand or a phone number (or the hand-set scorer's verdict).
  const titleAlone = signs.title.length > 0 && signs.body.trim().length === 0;
  const titleSign = signs.titleScary || signs.phones.length > 0 || handSet.scam;
  const scam = z >= threshold && (!titleAlone || titleSign);
  const score = scam ? Math.max(0.5, scoreAt(z, threshold)) : Math.min(0.499, scoreAt(z, threshold));
  const reasons: ScamReason[] = [...handSet.reasons];
  // Signs the later patterns found (Italian, Portuguese, police lock screens …), strongest first.
  const named = new Set(reasons.map((r) => r.code));
  const more = signs.morePhrases
    .filter((p) => !p.quotedOnly && !named.has(`scamText.reason.${p.signal}`))
    .sort((a, b) => phraseWeights[b.signal] - phraseWeights[a.signal])
    .map((p) => scamReason(p.signal, p.signal === 'errorCode' ? { code: p.text } : {}));
  const about = reasons.findIndex((r) => r.code === 'scamText.reason.aboutScams');
  reasons.splice(about < 0 ? reasons.length : about, 0, ...more);
  if (scam) {
    // A scam verdict does not say "it looks like advice".
    if (about >= 0)
      reasons.splice(
        reasons.findIndex((r) => r.code === 'scamText.reason.aboutScams'),
        1,
      );
    if (!reasons.some((r) => !notNameable.has(r.code)))
      reasons.unshift(scamReason('model' satisfies ScamReasonName));
  }
  return { scam, score, reasons };
}

/** A title alone, with none of the signs a title needs to be a scam (see `screenDecision`). */
function plainTitle(evidence: ScreenEvidence): boolean {
  const { signs, handSet } = evidence;
  const titleAlone = signs.title.length > 0 && signs.body.trim().length === 0;
  return titleAlone && !signs.titleScary && signs.phones.length === 0 && !handSet.scam;
}

export function scoreScamText(input: ScamTextInput): ScamVerdict {
  const evidence = screenEvidence(input);
  if (evidence.signs.all.trim().length === 0) return { scam: false, score: 0, reasons: [] };
  const threshold = screenModel().thresholds.scam ?? 0;
  // Most window titles end here: whatever the detector says, a title without a sign is not a
  // scam, so its n-grams are not hashed (a title is scored on every title change). Its score is
  // the hand-set scorer's, under 0.5.
  if (plainTitle(evidence)) {
    const { reasons } = screenDecision(evidence, Number.NEGATIVE_INFINITY, threshold);
    return { scam: false, score: Math.min(0.499, evidence.handSet.score), reasons };
  }
  return screenDecision(evidence, screenLogit(screenModel(), evidence), threshold);
}

export interface ScamTextExplanation {
  readonly logit: number;
  readonly threshold: number;
  /** The features that moved the verdict most: finder signs (`sign:…`) and n-grams. */
  readonly features: readonly Contribution[];
}

/** For developers (`holdon classify --explain`): why the detector decided as it did. */
export function explainScamText(input: ScamTextInput): ScamTextExplanation {
  const evidence = screenEvidence(input);
  const model = screenModel();
  const hashed = screenHashed(evidence, model.hashed.charGrams, true);
  return {
    logit: Math.round(logit(model, hashed, evidence.named) * 1000) / 1000,
    threshold: Math.round((model.thresholds.scam ?? 0) * 1000) / 1000,
    features: topContributions(model, hashed, evidence.named),
  };
}
