/**
 * Scores a window title and/or the text on a page for the signs of a fake "your computer is
 * infected, call this number" warning. Pure and fast: it runs on every window-title change and
 * on the text read from a full-screen page.
 *
 * How it decides: each sign adds weight (a phone number, more so next to a brand name; "your
 * computer is blocked"; "do not close this page"; a fake error code; a countdown ...). A page is
 * a scam when the weights pass a threshold AND at least one scare sign is there: a real "contact
 * us" page shows a number and a brand, but never says the computer is blocked. Pages that talk
 * ABOUT fake warnings (advice, news, a vendor's help page) quote them, so a sign found only inside
 * quotation marks counts little, and each word such as "scam", "pop-up" or "hang up" takes weight
 * away. Weights: scam-weights.ts.
 */
import { findBrandsInFolded, type BrandMatch } from './find-brands';
import { findPhoneNumbers, type PhoneNumberMatch } from './find-phone-numbers';
import { foldText } from './fold-text';
import { isQuoted, quotedSpans, type Span } from './quoted-spans';
import { aboutScamsPattern, phrasePatterns, type PhraseSignal } from './scam-phrases';
import { scamReason, type ScamReasonName } from './scam-reasons';
import type { ScamReason, ScamTextInput, ScamVerdict } from './scam-verdict';
import { phraseWeights, scareSignals, weights } from './scam-weights';

export type { ScamReason, ScamTextInput, ScamVerdict } from './scam-verdict';

/** Text beyond this many characters is not read: a fake warning says its piece near the top. */
export const maxScoredChars = 20_000;

/** A warning word in a title ("Windows Defender – Security Warning", "Alerta de seguridad de Apple"). */
const titleWarning = /\b(?:warning|alert|warnung|advertencia|alerta|aviso|avertissement|alerte)\b/;

/** How close (in characters) a phone number and a brand name must be to count as "next to". */
const nearChars = 250;

interface Found {
  readonly name: ScamReasonName;
  readonly weight: number;
  readonly vars?: Readonly<Record<string, string | number>>;
}

interface PhraseHit {
  readonly text: string;
  readonly quotedOnly: boolean;
}

/** The first unquoted match of a pattern, or the first quoted one when all are quoted. */
function findPhrase(pattern: RegExp, text: string, spans: readonly Span[]): PhraseHit | null {
  pattern.lastIndex = 0;
  let quoted: string | null = null;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (!isQuoted(m.index, spans)) {
      pattern.lastIndex = 0;
      return { text: m[0], quotedOnly: false };
    }
    quoted ??= m[0];
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return quoted === null ? null : { text: quoted, quotedOnly: true };
}

function nearestPair(
  phones: readonly PhoneNumberMatch[],
  brands: readonly BrandMatch[],
): { phone: PhoneNumberMatch; brand: BrandMatch } | null {
  let best: { phone: PhoneNumberMatch; brand: BrandMatch; distance: number } | null = null;
  for (const phone of phones) {
    for (const brand of brands) {
      const distance = Math.abs(brand.index - phone.index);
      if (brand.kind !== 'bank' && distance <= nearChars && (best === null || distance < best.distance)) {
        best = { phone, brand, distance };
      }
    }
  }
  return best;
}

/** How many times the pattern matches, up to `cap`. */
function countMatches(pattern: RegExp, text: string, cap: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < cap && pattern.exec(text) !== null) n += 1;
  pattern.lastIndex = 0;
  return n;
}

/** Titles of advice and news: questions, "how to", "remove", or naming the scam. */
const adviceTitle =
  /[?¿]|\b(?:how to|what to|what is|why|remove|beware|como|que hacer|que es|cuidado|wie|was tun|was ist|vorsicht|entfernen)\b/;

/**
 * Titles of real mail and account pages say "Security alert" too ("Security alert: new sign-in to
 * your Google account - Gmail"): a mailbox or a sign-in notice is not a fake warning.
 */
const mailOrSignIn =
  /\b(?:gmail|outlook|yahoo mail|inbox|posteingang|bandeja de entrada|web\.de|gmx|sign-?in|signed in|log-?in|anmeldung|inicio de sesion)\b/;

/** Whether the title (the start of `all`, quotes in `spans`) is a scary one chosen by the page. */
function titleLooksScary(title: string, spans: readonly Span[]): boolean {
  if (title.length === 0 || adviceTitle.test(title) || mailOrSignIn.test(title)) return false;
  if (countMatches(aboutScamsPattern, title, 1) > 0) return false;
  const unquoted = (s: PhraseSignal) => {
    const hit = findPhrase(phrasePatterns[s], title, spans);
    return hit !== null && !hit.quotedOnly;
  };
  // "This computer is BLOCKED" needs no brand: it speaks to the reader about their own computer.
  if (unquoted('deviceClaim')) return true;
  const brands = findBrandsInFolded(title);
  const phone = findPhoneNumbers(title).length > 0;
  // A security product "warning" in a browser title ("Windows Defender Security Warning"), or any
  // brand with a blocked/hacked claim or a phone number. "Virus" alone is in product names and news.
  if (titleWarning.test(title) && (phone || brands.some((b) => b.kind === 'security'))) return true;
  const claims = (['alarm', 'blocked', 'hacked'] as const).some(unquoted);
  return claims && (brands.length > 0 || phone);
}

export function scoreScamText(input: ScamTextInput): ScamVerdict {
  const title = foldText((input.title ?? '').slice(0, 500));
  const body = foldText((input.text ?? '').slice(0, maxScoredChars));
  const all = title.length > 0 ? `${title}\n${body}` : body;
  if (all.trim().length === 0) return { scam: false, score: 0, reasons: [] };
  const spans = quotedSpans(all);

  const found: Found[] = [];
  let scare = 0;
  for (const signal of Object.keys(phraseWeights) as PhraseSignal[]) {
    const hit = findPhrase(phrasePatterns[signal], all, spans);
    if (hit === null) continue;
    if (scareSignals.has(signal) && !hit.quotedOnly) scare += 1;
    found.push({
      name: signal,
      weight: phraseWeights[signal] * (hit.quotedOnly ? weights.quotedFactor : 1),
      ...(signal === 'errorCode' ? { vars: { code: hit.text } } : {}),
    });
  }

  const phones = findPhoneNumbers(all).filter((p) => !isQuoted(p.index, spans));
  const brands = findBrandsInFolded(all);
  const pair = nearestPair(phones, brands);
  const firstPhone = phones[0];
  if (pair) {
    found.push({
      name: 'phoneWithBrand',
      weight: (pair.phone.tollFree ? weights.tollFreePhone : weights.phone) + weights.phoneNearBrand,
      vars: { brand: pair.brand.brand, phone: pair.phone.raw },
    });
  } else if (firstPhone) {
    found.push({
      name: 'phone',
      weight: firstPhone.tollFree ? weights.tollFreePhone : weights.phone,
      vars: { phone: firstPhone.raw },
    });
  }
  // "Your McAfee has expired" in a web page is a well-known lure
  // (https://www.enigmasoftware.com/mcafeesubscriptionoutofdate-removal/,
  // https://www.onlinethreatalerts.com/article/2022/11/1/mcafee-popup-scam-security-alert-message/).
  // Only on a page: a title alone ("Norton: your subscription has expired") may be the real vendor.
  const securityBrand = body.trim().length > 0 ? brands.find((b) => b.kind === 'security') : undefined;
  if (securityBrand && found.some((f) => (f.name === 'expired' || f.name === 'fakeScan') && f.weight >= 1)) {
    found.push({ name: 'brand', weight: weights.securityBrandLure, vars: { brand: securityBrand.brand } });
  }
  const firstBrand = brands[0];
  if (firstBrand && !pair && !found.some((f) => f.name === 'brand'))
    found.push({ name: 'brand', weight: weights.brand, vars: { brand: firstBrand.brand } });

  // A title is short and chosen by the page: a scary one with a brand or a number is telling.
  if (titleLooksScary(title, spans)) {
    scare += 1;
    found.push({ name: 'alarm', weight: weights.titleAlarm });
  }
  let sum = found.reduce((total, f) => total + f.weight, 0);
  if (phones.length > 0 && scare > 0) sum += weights.phoneAndScare;
  // "Call us within 5 minutes", "call now and do not close this page": the pressure to call.
  const has = (name: ScamReasonName) => found.some((f) => f.name === name && f.weight >= 1);
  if (has('callNow') && (has('countdown') || has('doNotClose') || has('deviceClaim')))
    sum += weights.callUnderPressure;
  const aboutScams = countMatches(aboutScamsPattern, all, weights.aboutScamsCap);
  sum -= aboutScams * weights.aboutScamsEach;
  // Several scare signs together; a page listing many different numbers is a list of scam numbers.
  sum += weights.eachExtraScare * Math.max(0, scare - 1);
  if (new Set(phones.map((p) => p.digits)).size >= 3) sum -= weights.manyNumbers;
  if (adviceTitle.test(title)) sum -= weights.adviceTitle;

  const score = Math.round((1 / (1 + Math.exp(-(sum - weights.threshold)))) * 1000) / 1000;
  const scam = scare > 0 && score >= 0.5;
  // "It says your computer is blocked" already says what "something is wrong with your computer" would.
  const specificClaim = found.some(
    (f) => f.name === 'blocked' || f.name === 'infected' || f.name === 'hacked',
  );
  const reasons: ScamReason[] = found
    .sort((a, b) => b.weight - a.weight)
    .filter((f, i, all) => all.findIndex((g) => g.name === f.name) === i)
    .filter((f) => !(f.name === 'deviceClaim' && specificClaim))
    .map((f) => scamReason(f.name, f.vars ?? {}));
  if (aboutScams > 0) reasons.push(scamReason('aboutScams'));
  return { scam, score: scam ? score : Math.min(score, 0.499), reasons };
}
