/**
 * "Paste or type what they said or sent you." The verdict is the trained message detector's
 * (trained by scripts/train-scam-text.ts on the message track of tests/fixtures/scam-text/):
 * logistic regression over hashed word and character n-grams, the finders' signs of a fake
 * warning, what a scammer's message asks for (message-signals.ts), the signs of phishing
 * (phishing-signals.ts) and the first checker's own verdict (hand-set-check.ts). Its two
 * thresholds ("This is a scam", "Be careful") were chosen on cross-validated predictions of the
 * dev split.
 *
 * The red flags a person reads are the finders', strongest first, in words that fit a message (a
 * message is not "a warning"). "This does not look like the usual scams" names none; a scam or
 * "be careful" verdict that no finder can name says so plainly.
 */
import messageModelFile from '../../resources/scam-text/message-model.json';
import type { Catalog } from '../catalog/catalog-types';
import type { Verdict } from '../checklist/checklist-verdict';
import {
  decodeModel,
  logit,
  scoreAt,
  topContributions,
  type ScamModel,
  type ScamModelFile,
} from '../scam-text/scam-model';
import type { ScamTextExplanation } from '../scam-text/score-scam-text';
import { redFlag, type MessageRedFlag } from './hand-set-check';
import type { SignalWeight } from './message-signals';
import { messageEvidence, messageHashed, messageLogit, type MessageEvidence } from './message-evidence';

export type { MessageRedFlag } from './hand-set-check';
export { maxMessageChars } from './message-evidence';

export interface MessageCheck {
  readonly verdict: Verdict;
  /** 0..1: how strongly the message looks like a scam; 0.5 and up is "This is a scam". */
  readonly score: number;
  /** Strongest first; empty when the verdict is "no red flags". */
  readonly redFlags: readonly MessageRedFlag[];
}

let model: ScamModel | undefined;

/** The shipped message detector, decoded on first use. */
export function messageModel(): ScamModel {
  model ??= decodeModel(messageModelFile as ScamModelFile);
  return model;
}

const rank: Readonly<Record<SignalWeight, number>> = { certain: 0, warning: 1, weak: 2 };

/** The two thresholds of the message detector, in logit units. */
export interface MessageThresholds {
  readonly scam: number;
  readonly careful: number;
}

const shippedThresholds = (m: ScamModel): MessageThresholds => ({
  scam: m.thresholds.scam ?? 0,
  careful: m.thresholds.careful ?? m.thresholds.scam ?? 0,
});

/**
 * The verdict for a message whose detector logit is `z`: the shipped model's in checkMessage, a
 * cross-validation fold's in `npm run eval:scam-text`, so both measure the same rules.
 */
export function messageDecision(
  evidence: MessageEvidence,
  z: number,
  thresholds: MessageThresholds,
): MessageCheck {
  const found = [...evidence.check.flags];
  for (const f of evidence.phishing) if (!found.some((g) => g.id === f.id)) found.push(f);
  // Said and counted once: in a message, "your account is blocked" (a phishing sign) is what the
  // finders' "blocked" found ("Sperrung Ihres Kontos"), and it says it of an account, not a computer.
  const accountBlocked = found.some((f) => f.id === 'account-blocked');
  const flags = found.filter((f) => !(accountBlocked && f.id === 'blocked'));
  flags.sort((a, b) => rank[a.weight] - rank[b.weight]);
  const nameable = flags.some((f) => f.weight !== 'weak');
  // The first checker's knowledge stays: a `certain` red flag in a message that does not talk
  // about scams is a scam, whatever the detector says (the FTC: "Somebody who tells you to pay
  // with a gift card, money transfer, or Bitcoin is a scammer. Always.",
  // https://consumer.ftc.gov/consumer-alerts/2020/09/how-can-you-spot-tech-support-scam); such
  // messages are too rare in the corpus to be learnt. One word such as "arrested" or "legitimate"
  // can be in a scam too; advice uses several.
  const calm = evidence.signs.aboutScams <= 1;
  // In a message with no word about scams at all, two different warning signs ("your account is
  // blocked" and "confirm your details") make a scam; in a calm one, one of the first checker's
  // asks for care. A password or a code alone ("data-theft") is in every password-reset e-mail, so it
  // does not count. The thresholds are chosen with these rules in place (choose-thresholds.ts).
  const quiet = evidence.signs.aboutScams === 0;
  const warnings = (list: readonly MessageRedFlag[]) =>
    new Set(list.filter((f) => f.weight === 'warning' && f.id !== 'data-theft').map((f) => f.id)).size;
  const verdict: Verdict =
    z >= thresholds.scam || (calm && evidence.check.certain > 0) || (quiet && warnings(flags) >= 2)
      ? 'scam'
      : (z >= thresholds.careful && nameable) || (calm && warnings(evidence.check.flags) >= 1)
        ? 'careful'
        : 'no-red-flags';
  // How strongly it looks like a scam: the detector's score, or, when there are red flags, the
  // first checker's if that one weighs them higher; kept on the verdict's side of 0.5.
  const detector = scoreAt(z, thresholds.scam);
  if (verdict === 'no-red-flags') return { verdict, score: Math.min(0.499, detector), redFlags: [] };
  const strength = Math.max(detector, calm ? evidence.check.score : 0);
  const score = verdict === 'scam' ? Math.max(0.5, strength) : Math.min(0.499, strength);
  if (!nameable) flags.unshift(redFlag('model', 'warning'));
  return { verdict, score, redFlags: flags };
}

export function checkMessage(input: string, catalog: Catalog): MessageCheck {
  const evidence = messageEvidence(input, catalog);
  if (evidence.signs.body.trim() === '') return { verdict: 'no-red-flags', score: 0, redFlags: [] };
  const m = messageModel();
  return messageDecision(evidence, messageLogit(m, evidence), shippedThresholds(m));
}

/** For developers (`holdon check-message --explain`): why the detector decided as it did. */
export function explainMessage(input: string, catalog: Catalog): ScamTextExplanation {
  const evidence = messageEvidence(input, catalog);
  const m = messageModel();
  const hashed = messageHashed(evidence, m.hashed.charGrams, true);
  const z = logit(m, hashed, evidence.named);
  return {
    logit: Math.round(z * 1000) / 1000,
    threshold: Math.round(shippedThresholds(m).scam * 1000) / 1000,
    features: topContributions(m, hashed, evidence.named),
  };
}
