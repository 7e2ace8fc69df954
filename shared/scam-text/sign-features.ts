/**
 * The finders' signs (find-scam-signs.ts) as named features of the trained detectors, each 0..1
 * (or −1..1 for the hand-set scorer's margin). The message detector uses them too: a pasted
 * message can be a fake warning's text.
 */
import type { BrandKind } from './find-brands';
import { isObfuscatedNumber } from './find-phone-numbers';
import { countMatches, type ScamSigns } from './find-scam-signs';
import type { HandSetVerdict } from './hand-set-verdict';
import { phrasePatterns, type PhraseSignal } from './scam-phrases';
import type { NamedFeatures } from './scam-model';
import { scareSignals } from './scam-weights';

const signals = Object.keys(phrasePatterns) as PhraseSignal[];
/** Signs that try to frighten: the hand-set scorer's own list. */
const scary = scareSignals;
const brandKinds: readonly BrandKind[] = ['tech', 'security', 'shop', 'payment', 'bank'];

/**
 * Tech-support spam is written for search engines: it names "support phone number", "customer
 * care number", "helpline number" again and again. A real contact page gives its number once, in
 * a sentence ("call our customer service at …").
 */
const advertisedNumber = new RegExp(
  [
    '\\b(?:support|service|care|helpline|help ?line|help|contact|toll[- ]?free|tech|technical|customer) (?:phone |contact |telephone |toll[- ]?free )?(?:number|no\\.|#)',
    '\\bnumero (?:de )?(?:telefono |atencion |soporte |asistencia )?(?:de )?(?:soporte|atencion al cliente|asistencia tecnica|servicio tecnico)\\b',
    '\\b(?:support|kundendienst|kundenservice|hotline)-?(?:telefon)?nummer\\b',
  ].join('|'),
  'g',
);

/** "P.h.o.n.e N.u.m.b.e.r", "s.u.p.p.o.r.t": words spelled out to slip past spam filters. */
const spelledOut = /\b(?:p\W?h\W?o\W?n\W?e|s\W?u\W?p\W?p\W?o\W?r\W?t|n\W?u\W?m\W?b\W?e\W?r)\b(?<=\w\W\w\W\w)/;

const signalIndex = new Map(signals.map((signal, i) => [signal, i]));
const phraseNames = signals.map((signal) => `phrase.${signal}`);
const quotedNames = signals.map((signal) => `quoted.${signal}`);
const brandNames = brandKinds.map((kind) => `brand.${kind}`);

// How each signal was said, by the first or the later patterns: 0 not, 1 only quoted, 2 unquoted.
const said = new Uint8Array(signals.length);

export function signFeatures(signs: ScamSigns, handSet: HandSetVerdict): NamedFeatures {
  said.fill(0);
  // A logistic model adds signs up; a few pairs below say what only both together say: a number
  // to call on a page that frightens, and a page that frightens without ever talking about scams.
  let scare = false;
  for (const hits of [signs.phrases, signs.morePhrases])
    for (const hit of hits) {
      const i = signalIndex.get(hit.signal) ?? 0;
      if (!hit.quotedOnly) {
        said[i] = 2;
        scare ||= scary.has(hit.signal);
      } else if (said[i] === 0) said[i] = 1;
    }
  const features: [string, number][] = [];
  signals.forEach((_, i) => {
    features.push(
      [phraseNames[i] ?? '', said[i] === 2 ? 1 : 0],
      [quotedNames[i] ?? '', said[i] === 1 ? 1 : 0],
    );
  });
  const phones = signs.phones;
  features.push(
    ['phone', phones.length > 0 ? 1 : 0],
    ['phone.tollFree', phones.some((p) => p.tollFree) ? 1 : 0],
    ['phone.withBrand', signs.phoneWithBrand ? 1 : 0],
    ['phone.many', new Set(phones.map((p) => p.digits)).size >= 3 ? 1 : 0],
    ['phone.obfuscated', phones.some((p) => isObfuscatedNumber(p.raw)) ? 1 : 0],
    ['phone.advertised', countMatches(advertisedNumber, signs.all, 2) >= 2 ? 1 : 0],
    ['phone.spelledOut', spelledOut.test(signs.all) ? 1 : 0],
    ['brand', signs.brands.length > 0 ? 1 : 0],
  );
  brandKinds.forEach((kind, i) =>
    features.push([brandNames[i] ?? '', signs.brands.some((b) => b.kind === kind) ? 1 : 0]),
  );
  const calm = signs.aboutScams === 0;
  features.push(
    ['and.phoneScare', phones.length > 0 && scare ? 1 : 0],
    ['and.brandScare', signs.brands.length > 0 && scare ? 1 : 0],
    ['and.scareNoAboutScams', scare && calm ? 1 : 0],
    ['and.phoneNoAboutScams', phones.length > 0 && calm ? 1 : 0],
  );
  features.push(
    ['aboutScams', signs.aboutScams / 10],
    // Scammers say "fraud" too ("our fraud department"); advice and news use many such words.
    ['aboutScams.many', signs.aboutScams >= 3 ? 1 : 0],
    ['title.scary', signs.titleScary ? 1 : 0],
    ['title.advice', signs.adviceTitle ? 1 : 0],
    ['title.mailOrSignIn', signs.mailOrSignInTitle ? 1 : 0],
    ['handSet.margin', Math.max(-1, Math.min(1, handSet.margin / 6))],
    ['handSet.scam', handSet.scam ? 1 : 0],
    ['handSet.scare', Math.min(4, handSet.scare) / 4],
  );
  return features;
}
