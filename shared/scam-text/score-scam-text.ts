/**
 * Scores a window title and/or the text on a page for the signs of a fake "your computer is
 * infected, call this number" warning. Pure and fast: it runs on every window-title change and
 * on the text read from a full-screen page.
 *
 * How it decides: each sign adds weight (a phone number, more so next to a brand name; "your
 * computer is blocked"; "do not close this page"; a fake error code; a countdown ...). A page is
 * a scam when the weights pass a threshold AND at least one scare sign is there (a real
 * "contact us" page shows a number and a brand, but never says the computer is blocked). Pages
 * that talk ABOUT scams (advice, news, a vendor's help page) lose weight for each such phrase.
 * The weights were tuned on the dev split of tests/fixtures/scam-text and checked on the test
 * split (`npm run eval:scorer`).
 */
import { findBrandsInFolded, type BrandMatch } from './find-brands';
import { findPhoneNumbers, type PhoneNumberMatch } from './find-phone-numbers';
import { foldText } from './fold-text';
import { aboutScamsPattern, phrasePatterns, type PhraseSignal } from './scam-phrases';
import { scamReason, type ScamReasonName } from './scam-reasons';
import type { ScamReason, ScamTextInput, ScamVerdict } from './scam-verdict';

export type { ScamReason, ScamTextInput, ScamVerdict } from './scam-verdict';

/** Text beyond this many characters is not read: a fake warning says its piece near the top. */
export const maxScoredChars = 20_000;

const weights: Readonly<Record<PhraseSignal, number>> = {
  blocked: 2.0,
  infected: 1.0,
  hacked: 0.8,
  dataTheft: 0.8,
  adultContent: 1.0,
  callNow: 1.8,
  doNotClose: 2.0,
  errorCode: 0.8,
  countdown: 1.0,
  urgent: 0.5,
  fakeSupport: 0.8,
  expired: 1.0,
  alarm: 1.0,
};

/** Signs that try to frighten; at least one must be present for a scam verdict. */
const scareSignals: readonly PhraseSignal[] = [
  'blocked',
  'infected',
  'hacked',
  'dataTheft',
  'adultContent',
  'doNotClose',
  'errorCode',
  'countdown',
  'expired',
  'alarm',
];

const weight = {
  phone: 1.5,
  tollFreePhone: 2.0,
  phoneNearBrand: 1.5,
  brand: 0.4,
  phoneAndScare: 1.5,
  titleAlarm: 2.5,
  aboutScamsEach: 1.6,
  threshold: 4.0,
} as const;

/** How close (in characters) a phone number and a brand name must be to count as "next to". */
const nearChars = 250;

interface Found {
  readonly name: ScamReasonName;
  readonly weight: number;
  readonly vars?: Readonly<Record<string, string | number>>;
}

function firstMatch(pattern: RegExp, text: string): string | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m ? m[0] : null;
}

function nearestPair(
  phones: readonly PhoneNumberMatch[],
  brands: readonly BrandMatch[],
): { phone: PhoneNumberMatch; brand: BrandMatch } | null {
  for (const phone of phones) {
    for (const brand of brands) {
      if (brand.kind !== 'bank' && Math.abs(brand.index - phone.index) <= nearChars) return { phone, brand };
    }
  }
  return null;
}

function distinctMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const all = text.match(pattern);
  return all ? new Set(all).size : 0;
}

export function scoreScamText(input: ScamTextInput): ScamVerdict {
  const title = foldText((input.title ?? '').slice(0, 500));
  const body = foldText((input.text ?? '').slice(0, maxScoredChars));
  const all = title.length > 0 ? `${title}\n${body}` : body;
  if (all.trim().length === 0) return { scam: false, score: 0, reasons: [] };

  const found: Found[] = [];
  let scare = 0;
  for (const signal of Object.keys(weights) as PhraseSignal[]) {
    const match = firstMatch(phrasePatterns[signal], all);
    if (match === null) continue;
    if (scareSignals.includes(signal)) scare += 1;
    found.push({
      name: signal,
      weight: weights[signal],
      ...(signal === 'errorCode' ? { vars: { code: match } } : {}),
    });
  }

  const phones = findPhoneNumbers(all);
  const brands = findBrandsInFolded(all);
  const pair = nearestPair(phones, brands);
  const firstPhone = phones[0];
  if (pair) {
    const w = (pair.phone.tollFree ? weight.tollFreePhone : weight.phone) + weight.phoneNearBrand;
    found.push({
      name: 'phoneWithBrand',
      weight: w,
      vars: { brand: pair.brand.brand, phone: pair.phone.raw },
    });
  } else if (firstPhone) {
    found.push({
      name: 'phone',
      weight: firstPhone.tollFree ? weight.tollFreePhone : weight.phone,
      vars: { phone: firstPhone.raw },
    });
  }
  const firstBrand = brands[0];
  if (firstBrand && !pair)
    found.push({ name: 'brand', weight: weight.brand, vars: { brand: firstBrand.brand } });

  let sum = found.reduce((total, f) => total + f.weight, 0);
  if (phones.length > 0 && scare > 0) sum += weight.phoneAndScare;

  // A title is short and chosen by the page: a scary one with a brand or a number is telling.
  if (title.length > 0) {
    const titleScare = (['alarm', 'blocked', 'infected', 'hacked'] as const).some(
      (s) => firstMatch(phrasePatterns[s], title) !== null,
    );
    if (titleScare && (findBrandsInFolded(title).length > 0 || findPhoneNumbers(title).length > 0)) {
      sum += weight.titleAlarm;
    }
  }

  const aboutScams = distinctMatches(aboutScamsPattern, all);
  sum -= aboutScams * weight.aboutScamsEach;

  const score = Math.round((1 / (1 + Math.exp(-(sum - weight.threshold)))) * 1000) / 1000;
  const scam = scare > 0 && score >= 0.5;
  const reasons: ScamReason[] = found
    .sort((a, b) => b.weight - a.weight)
    .map((f) => scamReason(f.name, f.vars ?? {}));
  if (aboutScams > 0) reasons.push(scamReason('aboutScams'));
  return { scam, score: scam ? score : Math.min(score, 0.499), reasons };
}
