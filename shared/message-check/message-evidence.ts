import type { Catalog } from '../catalog/catalog-types';
import { findScamSigns, type ScamSigns } from '../scam-text/find-scam-signs';
import { handSetVerdict, type HandSetVerdict } from '../scam-text/hand-set-verdict';
import { namedLogit, type NamedFeatures, type ScamModel } from '../scam-text/scam-model';
import { signFeatures } from '../scam-text/sign-features';
import { hashedFeatures, hashedLogit, type CharGrams, type HashedFeatures } from '../scam-text/text-features';
import { handSetCheck, redFlag, type HandSetCheck, type MessageRedFlag } from './hand-set-check';
import { messageSignals } from './message-signals';
import { phishingSignals } from './phishing-signals';

/** Longer text is cut here: scam messages say their piece near the top. */
export const maxMessageChars = 20_000;

/**
 * Everything the message detector reads of a message, the same for training and use; the
 * n-grams are hashed from `signs.body` (see screen-evidence.ts).
 */
export interface MessageEvidence {
  readonly signs: ScamSigns;
  readonly handSet: HandSetVerdict;
  readonly check: HandSetCheck;
  /** The phishing signs found (phishing-signals.ts), as red flags. */
  readonly phishing: readonly MessageRedFlag[];
  readonly named: NamedFeatures;
}

const flagIds = [...messageSignals.map((s) => s.id), 'remote-tool', 'look-alike-link', 'phone-number'];

export function messageEvidence(input: string, catalog: Catalog): MessageEvidence {
  const text = input.slice(0, maxMessageChars);
  const signs = findScamSigns({ text });
  const handSet = handSetVerdict(signs);
  const check = handSetCheck(text, signs.body, catalog, signs, handSet);
  const named: (readonly [string, number])[] = [...signFeatures(signs, handSet)];
  for (const id of flagIds) named.push([`msg.${id}`, check.flags.some((f) => f.id === id) ? 1 : 0]);
  const phishing = phishingSignals
    .filter((s) => s.pattern.test(signs.body))
    .map((s) => redFlag(s.id, s.weight));
  for (const s of phishingSignals) named.push([`phish.${s.id}`, phishing.some((f) => f.id === s.id) ? 1 : 0]);
  // Pairs a logistic model cannot add up to: "not you? call/click", "blocked, click the link".
  const has = (id: string) => phishing.some((f) => f.id === id);
  const contact = has('link') || signs.phones.length > 0;
  named.push(
    ['and.notYouContact', has('not-you') && contact ? 1 : 0],
    ['and.blockedVerify', has('account-blocked') && (has('verify-link') || has('link')) ? 1 : 0],
    ['and.parcelLink', has('parcel-fee') && has('link') ? 1 : 0],
    ['and.brandContact', signs.brands.length > 0 && contact ? 1 : 0],
    [
      'and.flagNoAboutScams',
      signs.aboutScams === 0 &&
      (phishing.some((f) => f.weight !== 'weak') || check.flags.some((f) => f.weight !== 'weak'))
        ? 1
        : 0,
    ],
  );
  named.push(
    ['rules.certain', Math.min(3, check.certain) / 3],
    ['rules.warnings', Math.min(3, check.warnings) / 3],
    ['rules.scam', check.verdict === 'scam' ? 1 : 0],
    ['rules.careful', check.verdict === 'careful' ? 1 : 0],
  );
  return { signs, handSet, check, phishing, named };
}

export const messageHashed = (evidence: MessageEvidence, grams: CharGrams, explain = false): HashedFeatures =>
  hashedFeatures('', evidence.signs.body, grams, explain);

/** The detector's logit, with the n-grams summed as they are hashed. */
export const messageLogit = (model: ScamModel, evidence: MessageEvidence): number =>
  namedLogit(model, evidence.named) + hashedLogit(model.hashed, '', evidence.signs.body);
