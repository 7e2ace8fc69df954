/**
 * Finds phone numbers in free text, the way scam pages and messages write them:
 * "+1-833-864-4143", "1-(888) 404-0468", "0800 046 5129", "1800 958 293", "+49 800 1234567",
 * "900 123 456", "01 76 36 38 07". Only numbers that fit a real numbering plan count, so dates,
 * prices, order numbers and IP addresses are not taken for phone numbers.
 *
 * Numbering plans: NANP (US, CA) https://www.nationalnanpa.com/ ; UK Ofcom National Telephone
 * Numbering Plan ; ACMA Numbering Plan (AU) ; Bundesnetzagentur Nummernraum (DE) ; CNMC Plan
 * Nacional de Numeración (ES) ; ARCEP plan de numérotation (FR).
 */

export type PhoneCountry = 'US/CA' | 'UK' | 'AU' | 'DE' | 'ES' | 'FR' | 'other';

export interface PhoneNumberMatch {
  /** The number as written. */
  readonly raw: string;
  /** Digits only, with the country code when one was written. */
  readonly digits: string;
  /**
   * The country whose plan it fits. A national number without a country code can fit several
   * (030 12345678 is Berlin, and also fits the UK plan): this is the first that fits, in the order
   * US/CA, AU toll-free, UK/DE freephone, UK, AU, FR, DE, ES.
   */
  readonly country: PhoneCountry;
  /** Free to call (toll-free): the kind scam pages show most. */
  readonly tollFree: boolean;
  readonly index: number;
}

// A digit run with the separators people use; it must start and end with a digit (or "(").
// Tech-support spam hides its number from search filters with "_", "*" or a "+" in the middle
// ("((1+844_444_4609))", "1++844=228===7592", "1*800*123*4567"), so those separate digits too.
// A dot before the number counts as a separator ("Call@.1-800-525-3094"), unless it follows a
// digit (a decimal or a version number).
const candidate = /(?<![\w+,/-])(?<!\d\.)(?:\+|00)?[ ]?\(?\d[\d \t().\-/_*+=]{5,22}\d(?![\d])/g;

/** A number written to slip past search filters: only spam hides a number it wants called. */
export const isObfuscatedNumber = (raw: string): boolean => /[_*=]|\d\s*\+/.test(raw);
const ipAddress = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const dateLike = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const timeOrRange = /^\d{1,4}\s*[-/]\s*\d{1,4}$/;
const nanpTollFree = /^8(?:00|33|44|55|66|77|88)/;

interface Plan {
  readonly country: PhoneCountry;
  readonly tollFree: boolean;
}

/** A national number (no country code written). */
function national(d: string): Plan | null {
  if (d.length === 11 && d.startsWith('1')) return nanp(d.slice(1));
  if (d.length === 10 && /^[2-9]\d{2}[2-9]\d{6}$/.test(d)) return nanp(d);
  if (/^1[38]00\d{6}$/.test(d)) return { country: 'AU', tollFree: d.startsWith('1800') };
  if (/^0(?:800|808)\d{6,7}$/.test(d)) return { country: 'UK', tollFree: true };
  if (/^0800\d{7}$/.test(d)) return { country: 'DE', tollFree: true };
  if (/^0[1237]\d{9}$/.test(d)) return { country: 'UK', tollFree: false };
  if (/^0[23478]\d{8}$/.test(d)) return { country: 'AU', tollFree: false };
  if (/^0[1-9]\d{8}$/.test(d)) return { country: 'FR', tollFree: d.startsWith('080') };
  if (/^0[1-9]\d{8,10}$/.test(d)) return { country: 'DE', tollFree: false };
  if (/^[89]00\d{6}$/.test(d)) return { country: 'ES', tollFree: true };
  if (/^[6789]\d{8}$/.test(d)) return { country: 'ES', tollFree: false };
  return null;
}

function nanp(ten: string): Plan | null {
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(ten)) return null;
  return { country: 'US/CA', tollFree: nanpTollFree.test(ten) };
}

/** A number written with its country code. */
function international(d: string): Plan | null {
  if (d.startsWith('1')) return d.length === 11 ? nanp(d.slice(1)) : null;
  const rest = (cc: string): string => d.slice(cc.length).replace(/^0/, '');
  if (d.startsWith('44')) {
    const r = rest('44');
    return /^\d{9,10}$/.test(r) ? { country: 'UK', tollFree: /^80[08]/.test(r) } : null;
  }
  if (d.startsWith('61')) {
    const r = rest('61');
    if (/^1[38]00\d{6}$/.test(r)) return { country: 'AU', tollFree: r.startsWith('1800') };
    return /^\d{9}$/.test(r) ? { country: 'AU', tollFree: false } : null;
  }
  if (d.startsWith('49')) {
    const r = rest('49');
    return /^\d{6,11}$/.test(r) ? { country: 'DE', tollFree: r.startsWith('800') } : null;
  }
  if (d.startsWith('34')) {
    const r = rest('34');
    return /^\d{9}$/.test(r) ? { country: 'ES', tollFree: /^[89]00/.test(r) } : null;
  }
  if (d.startsWith('33')) {
    const r = rest('33');
    return /^\d{9}$/.test(r) ? { country: 'FR', tollFree: r.startsWith('80') } : null;
  }
  return d.length >= 8 && d.length <= 15 ? { country: 'other', tollFree: false } : null;
}

/** Every phone number in `text`, in order. */
export function findPhoneNumbers(text: string): PhoneNumberMatch[] {
  const found: PhoneNumberMatch[] = [];
  for (const m of text.matchAll(candidate)) {
    const raw = m[0].trim();
    if (ipAddress.test(raw) || dateLike.test(raw) || timeOrRange.test(raw)) continue;
    const withCode = /^(?:\+|00)/.test(raw);
    const digits = raw.replace(/\D/g, '').replace(/^00/, '');
    const plan = withCode ? international(digits) : national(digits);
    if (!plan) continue;
    found.push({ raw, digits, country: plan.country, tollFree: plan.tollFree, index: m.index });
  }
  return found;
}
