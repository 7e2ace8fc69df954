/**
 * The finders: every sign of a fake "your computer is infected, call this number" warning that
 * can be named to a person ("It shows a phone number next to the name Microsoft", "It says your
 * computer is blocked"). The trained detector uses them as features and the screens say them as
 * reasons; hand-set-verdict.ts weighs them the way the first scorer did.
 *
 * Pages that talk ABOUT fake warnings (advice, news, a vendor's help page) quote them, so each
 * phrase records whether it was found only inside quotation marks, and words such as "scam",
 * "pop-up" or "hang up" are counted.
 */
import { brandPattern, findBrandsInFolded, mainBrands, type BrandMatch } from './find-brands';
import { findPhoneNumbers, type PhoneNumberMatch } from './find-phone-numbers';
import { foldText } from './fold-text';
import { LiteralPrefilter } from './literal-prefilter';
import { morePhrasePatterns } from './more-phrases';
import { isQuoted, quotedSpans, type Span } from './quoted-spans';
import { aboutScamsPattern, phrasePatterns, type PhraseSignal } from './scam-phrases';
import type { ScamTextInput } from './scam-verdict';

/** Text beyond this many characters is not read: a fake warning says its piece near the top. */
export const maxScoredChars = 20_000;

/** A warning word in a title ("Windows Defender – Security Warning", "Alerta de seguridad de Apple"). */
const titleWarning = /\b(?:warning|alert|warnung|advertencia|alerta|aviso|avertissement|alerte)\b/;

/** How close (in characters) a phone number and a brand name must be to count as "next to". */
const nearChars = 250;

/** Titles of advice and news: questions, "how to", "remove", or naming the scam. */
export const adviceTitle =
  /[?¿]|\b(?:how to|what to|what is|why|remove|beware|como|que hacer|que es|cuidado|wie|was tun|was ist|vorsicht|entfernen)\b/;

/**
 * Titles of real mail and account pages say "Security alert" too ("Security alert: new sign-in to
 * your Google account - Gmail"): a mailbox or a sign-in notice is not a fake warning.
 */
const mailOrSignIn =
  /\b(?:gmail|outlook|yahoo mail|inbox|posteingang|bandeja de entrada|web\.de|gmx|sign-?in|signed in|log-?in|anmeldung|inicio de sesion)\b/;

const phraseSignals = Object.keys(phrasePatterns) as PhraseSignal[];
const moreSignals = Object.entries(morePhrasePatterns) as [PhraseSignal, RegExp][];

/** The patterns run on every text, a pattern's id being its place here. */
export const finderPatterns: readonly RegExp[] = [
  ...phraseSignals.map((s) => phrasePatterns[s]),
  ...moreSignals.map(([, pattern]) => pattern),
  aboutScamsPattern,
  brandPattern,
];
/** Which of them can match a text at all (literal-prefilter.ts): a window title runs the few that can. */
const prefilter = new LiteralPrefilter(finderPatterns);
const firstMoreId = phraseSignals.length;
const aboutScamsId = firstMoreId + moreSignals.length;
const brandsId = aboutScamsId + 1;

export interface PhraseHit {
  readonly signal: PhraseSignal;
  readonly text: string;
  /** Every match of the phrase is inside quotation marks. */
  readonly quotedOnly: boolean;
}

export interface ScamSigns {
  /** Folded title and body (see `foldText`), and both together. */
  readonly title: string;
  readonly body: string;
  readonly all: string;
  /** One hit per phrase signal the hand-set scorer's patterns find, in the order of `phrasePatterns`. */
  readonly phrases: readonly PhraseHit[];
  /** Signals the later patterns (more-phrases.ts) find where the first ones found none unquoted. */
  readonly morePhrases: readonly PhraseHit[];
  /** Phone numbers outside quotation marks. */
  readonly phones: readonly PhoneNumberMatch[];
  readonly brands: readonly BrandMatch[];
  /** A phone number next to a brand name; the brand is the one the text speaks for when it can be. */
  readonly phoneWithBrand: { readonly phone: PhoneNumberMatch; readonly brand: BrandMatch } | null;
  /** Words that show the text talks about scams, up to 10. */
  readonly aboutScams: number;
  /** A scary title chosen by the page itself. */
  readonly titleScary: boolean;
  readonly adviceTitle: boolean;
  readonly mailOrSignInTitle: boolean;
}

/** The first unquoted match of a pattern, or the first quoted one when all are quoted. */
function findPhrase(pattern: RegExp, text: string, spans: readonly Span[]): Omit<PhraseHit, 'signal'> | null {
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

/** How many times the pattern matches, up to `cap`. */
export function countMatches(pattern: RegExp, text: string, cap: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < cap && pattern.exec(text) !== null) n += 1;
  pattern.lastIndex = 0;
  return n;
}

function phoneWithBrand(
  phones: readonly PhoneNumberMatch[],
  brands: readonly BrandMatch[],
): ScamSigns['phoneWithBrand'] {
  const nearest = (candidates: readonly BrandMatch[]) => {
    let best: { phone: PhoneNumberMatch; brand: BrandMatch; distance: number } | null = null;
    for (const phone of phones)
      for (const brand of candidates) {
        const distance = Math.abs(brand.index - phone.index);
        if (brand.kind !== 'bank' && distance <= nearChars && (best === null || distance < best.distance))
          best = { phone, brand, distance };
      }
    return best === null ? null : { phone: best.phone, brand: best.brand };
  };
  // "Amazon: your order of an iPhone … call 1-888-…" is Amazon's number in the text, not Apple's;
  // between brands named as often ("Windows Defender" in the title, "call Microsoft" by the
  // number), the one nearest the number.
  const speaksFor = mainBrands(brands);
  return nearest(brands.filter((b) => speaksFor.has(b.brand))) ?? nearest(brands);
}

/** What the whole text was found to hold, reused when the text is the title alone. */
interface Found {
  readonly phrases: readonly PhraseHit[];
  readonly morePhrases: readonly PhraseHit[];
  readonly brands: readonly BrandMatch[];
  readonly phones: readonly PhoneNumberMatch[];
  readonly aboutScams: number;
}

/**
 * Whether the title (the start of `all`, quotes in `spans`) is a scary one chosen by the page.
 * `titleAlone` is what was found in a text that is the title alone (every window title): the same
 * patterns are not run twice.
 */
function titleLooksScary(
  title: string,
  spans: readonly Span[],
  advice: boolean,
  mailOrSignInTitle: boolean,
  titleAlone: Found | null,
): boolean {
  if (title.length === 0 || advice || mailOrSignInTitle) return false;
  if ((titleAlone ? titleAlone.aboutScams : countMatches(aboutScamsPattern, title, 1)) > 0) return false;
  /** The signal said outside quotation marks in the title, by the first patterns or (`more`) the later ones. */
  const unquoted = (s: PhraseSignal, more = false): boolean => {
    if (titleAlone)
      return (more ? titleAlone.morePhrases : titleAlone.phrases).some(
        (p) => p.signal === s && !p.quotedOnly,
      );
    const pattern = more ? morePhrasePatterns[s] : phrasePatterns[s];
    const hit = pattern ? findPhrase(pattern, title, spans) : null;
    return hit !== null && !hit.quotedOnly;
  };
  // "This computer is BLOCKED", "Your Apple Device Has Malfunctioned Due to a Virus", "O sistema
  // está fortemente danificado" need no brand: they speak to the reader about their own device.
  if (unquoted('deviceClaim') || unquoted('deviceClaim', true)) return true;
  const brands = titleAlone ? titleAlone.brands : findBrandsInFolded(title);
  // Quoted numbers count in a title: a title is the page's own words.
  const phone = (titleAlone ? titleAlone.phones : findPhoneNumbers(title)).length > 0;
  // A security product "warning" in a browser title ("Windows Defender Security Warning"), or any
  // brand with a blocked/hacked claim or a phone number. "Virus" alone is in product names and news.
  if (titleWarning.test(title) && (phone || brands.some((b) => b.kind === 'security'))) return true;
  const claims = (['alarm', 'blocked', 'hacked'] as const).some((s) => unquoted(s));
  return claims && (brands.length > 0 || phone);
}

export function findScamSigns(input: ScamTextInput): ScamSigns {
  const title = foldText((input.title ?? '').slice(0, 500));
  const body = foldText((input.text ?? '').slice(0, maxScoredChars));
  // A window title alone (most calls) is read as it is: `all` is the title, so what is found in
  // `all` is what is found in the title.
  const onlyTitle = body.length === 0;
  const all = onlyTitle ? title : title.length > 0 ? `${title}\n${body}` : body;
  const spans = quotedSpans(all);
  const readable = all.trim().length > 0;
  if (readable) prefilter.scan(all);
  const phrases: PhraseHit[] = [];
  if (readable)
    phraseSignals.forEach((signal, id) => {
      const hit = prefilter.mayMatch(id) ? findPhrase(phrasePatterns[signal], all, spans) : null;
      if (hit !== null) phrases.push({ signal, ...hit });
    });
  const morePhrases: PhraseHit[] = [];
  if (readable)
    moreSignals.forEach(([signal, pattern], i) => {
      if (!prefilter.mayMatch(firstMoreId + i)) return;
      if (phrases.some((p) => p.signal === signal && !p.quotedOnly)) return;
      const hit = findPhrase(pattern, all, spans);
      if (hit !== null) morePhrases.push({ signal, ...hit });
    });
  const numbers = readable ? findPhoneNumbers(all) : [];
  const phones = numbers.filter((p) => !isQuoted(p.index, spans));
  const brands = readable && prefilter.mayMatch(brandsId) ? findBrandsInFolded(all) : [];
  const aboutScams =
    readable && prefilter.mayMatch(aboutScamsId) ? countMatches(aboutScamsPattern, all, 10) : 0;
  const advice = adviceTitle.test(title);
  const mailOrSignInTitle = mailOrSignIn.test(title);
  const titleAlone = onlyTitle ? { phrases, morePhrases, brands, phones: numbers, aboutScams } : null;
  return {
    title,
    body,
    all,
    phrases,
    morePhrases,
    phones,
    brands,
    phoneWithBrand: phoneWithBrand(phones, brands),
    aboutScams,
    titleScary: titleLooksScary(title, spans, advice, mailOrSignInTitle, titleAlone),
    adviceTitle: advice,
    mailOrSignInTitle,
  };
}
