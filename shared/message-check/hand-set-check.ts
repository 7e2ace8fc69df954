/**
 * The first message checker: the red flags a message shows, and their hand-set verdict. The
 * flags are what a person reads (check-message.ts); the verdict and the flag counts are features
 * of the trained message detector, and `npm run eval:scam-text` shows the verdict beside it.
 *
 * The red flags: the finders' signs of a fake warning ("your computer is blocked", a number next
 * to "Microsoft" …) plus what a scammer's message asks for: gift cards, crypto, wire transfers,
 * cash for a courier, a remote-access tool, paying fast, threats, secrecy, a bank login or code,
 * a refund, a phone number, a look-alike link.
 *
 * Hand-set verdict, as the checklist's: a `certain` sign, two `warning` signs (the finders' signs
 * count as one together: the hand-set scorer has weighed them already), or that scorer's own
 * scam verdict make "This is a scam"; one `warning` sign makes "Be careful"; `weak` signs (a
 * refund, "call me", a phone number) count only next to a stronger one.
 */
import type { Catalog } from '../catalog/catalog-types';
import type { Verdict } from '../checklist/checklist-verdict';
import { catalogs } from '../i18n/i18n';
import type { ScamSigns } from '../scam-text/find-scam-signs';
import { findPhoneNumbers } from '../scam-text/find-phone-numbers';
import type { HandSetVerdict } from '../scam-text/hand-set-verdict';
import { findLookAlikeLinks } from './look-alike-links';
import { messageSignals, type SignalWeight } from './message-signals';
import { findRemoteToolMentions } from './remote-tool-mentions';

/**
 * One red flag in a message: `id` is stable (`gift-card`, `look-alike-link`, `call-now` …),
 * `code` the i18n key that explains it with `vars`, `text` the English explanation (logs).
 */
export interface MessageRedFlag {
  readonly id: string;
  readonly code: string;
  readonly vars: Readonly<Record<string, string | number>>;
  readonly text: string;
  readonly weight: SignalWeight;
}

export interface HandSetCheck {
  readonly verdict: Verdict;
  readonly score: number;
  /** Strongest first, weak ones included. */
  readonly flags: readonly MessageRedFlag[];
  readonly certain: number;
  readonly warnings: number;
}

const english: Readonly<Record<string, string>> = catalogs.en;
const fill = (code: string, vars: Readonly<Record<string, string | number>>): string =>
  (english[code] ?? code).replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => String(vars[key] ?? ''));

export const redFlag = (
  id: string,
  weight: SignalWeight,
  vars: Readonly<Record<string, string | number>> = {},
  code = `message.flag.${id}`,
): MessageRedFlag => ({ id, code, vars, text: fill(code, vars), weight });

/** Finder signs that are about the page itself, not a red flag in a message. */
const notRedFlags = new Set(['scamText.reason.brand', 'scamText.reason.aboutScams', 'scamText.reason.phone']);
/** "Call me back", "urgent", "help line": everyday words that only count next to a real sign. */
const weakScorerSigns = new Set([
  'scamText.reason.callNow',
  'scamText.reason.urgent',
  'scamText.reason.fakeSupport',
]);

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const rank: Readonly<Record<SignalWeight, number>> = { certain: 0, warning: 1, weak: 2 };
const strength: Readonly<Record<SignalWeight, number>> = { certain: 0.6, warning: 0.3, weak: 0.15 };

/**
 * `signs` and `handSet` are the finders' reading of the same text (`findScamSigns({ text })`).
 * A finder sign whose page wording does not fit a message ("A real warning never shows a number")
 * is said with the message's own wording (`message.flag.<id>`) when the catalog has one.
 */
export function handSetCheck(
  text: string,
  folded: string,
  catalog: Catalog,
  signs: ScamSigns,
  handSet: HandSetVerdict,
): HandSetCheck {
  const flags: MessageRedFlag[] = [];
  for (const signal of messageSignals)
    if (signal.pattern.test(folded)) flags.push(redFlag(signal.id, signal.weight));
  for (const tool of findRemoteToolMentions(text, catalog))
    flags.push(redFlag('remote-tool', 'warning', { tool: tool.name }));
  // A named tool says more than "remote access" in general; keep one of the two.
  if (flags.some((f) => f.id === 'remote-tool')) {
    const generic = flags.findIndex((f) => f.id === 'remote-access');
    if (generic >= 0) flags.splice(generic, 1);
  }
  for (const link of findLookAlikeLinks(text))
    flags.push(redFlag('look-alike-link', 'certain', { link: link.host, brand: link.brand }));

  const fromFinders: MessageRedFlag[] = [];
  for (const reason of handSet.reasons) {
    if (notRedFlags.has(reason.code)) continue;
    const id = kebab(reason.code.replace(/^scamText\.reason\./, ''));
    // Microsoft: its "error and warning messages never include a phone number"; the FTC: real
    // tech companies do not contact you about a problem (both cited in shared/checklist/).
    const weight: SignalWeight = weakScorerSigns.has(reason.code)
      ? 'weak'
      : reason.code === 'scamText.reason.phoneWithBrand'
        ? 'certain'
        : 'warning';
    const code = english[`message.flag.${id}`] === undefined ? reason.code : `message.flag.${id}`;
    fromFinders.push({ id, code, vars: reason.vars, text: fill(code, reason.vars), weight });
  }
  flags.push(...fromFinders);
  // A phone number is how family writes too; next to a real sign, or a company's name, it is the
  // number the scammer wants called (the finders already say so when it is next to a name).
  const phone = findPhoneNumbers(text)[0];
  if (phone && !flags.some((f) => f.id === 'phone-with-brand'))
    flags.push(redFlag('phone-number', signs.brands.length > 0 ? 'warning' : 'weak', { number: phone.raw }));

  flags.sort((a, b) => rank[a.weight] - rank[b.weight]);
  const counted = flags.every((f) => f.weight === 'weak') ? [] : flags;
  const certain = counted.filter((f) => f.weight === 'certain').length;
  // The hand-set scorer has already weighed its own signs together: they count as one warning at most.
  const own = counted.filter((f) => f.weight === 'warning' && !fromFinders.includes(f)).length;
  const warnings = own + (fromFinders.some((f) => counted.includes(f) && f.weight === 'warning') ? 1 : 0);
  const verdict: Verdict =
    certain > 0 || warnings >= 2 || handSet.scam ? 'scam' : counted.length > 0 ? 'careful' : 'no-red-flags';
  const kept = counted.reduce((p, f) => p * (1 - strength[f.weight]), 1 - handSet.score);
  const score = counted.length === 0 && !handSet.scam ? Math.min(handSet.score, 0.2) : 1 - kept;
  return { verdict, score: Math.round(score * 1000) / 1000, flags, certain, warnings };
}
