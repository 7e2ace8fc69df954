import type { Catalog } from '../catalog/catalog-types';
import type { Verdict } from '../checklist/checklist-verdict';
import { catalogs } from '../i18n/i18n';
import { findBrandsInFolded } from '../scam-text/find-brands';
import { findPhoneNumbers } from '../scam-text/find-phone-numbers';
import { foldText } from '../scam-text/fold-text';
import { scoreScamText } from '../scam-text/score-scam-text';
import { findLookAlikeLinks } from './look-alike-links';
import { messageSignals, type SignalWeight } from './message-signals';
import { findRemoteToolMentions } from './remote-tool-mentions';

/**
 * One red flag in a message: `id` is stable (`gift-card`, `look-alike-link`, `call-now` …),
 * `code` the i18n key that explains it with `vars`, `text` the English explanation (CLI, logs).
 */
export interface MessageRedFlag {
  readonly id: string;
  readonly code: string;
  readonly vars: Readonly<Record<string, string | number>>;
  readonly text: string;
  readonly weight: SignalWeight;
}

export interface MessageCheck {
  readonly verdict: Verdict;
  /** 0..1: how strongly the message looks like a scam. */
  readonly score: number;
  /** Strongest first; empty when none of the usual signs were found. */
  readonly redFlags: readonly MessageRedFlag[];
}

/** Longer text is cut here: scam messages say their piece near the top. */
export const maxMessageChars = 20_000;

const english: Readonly<Record<string, string>> = catalogs.en;
const fill = (code: string, vars: Readonly<Record<string, string | number>>): string =>
  (english[code] ?? code).replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => String(vars[key] ?? ''));

const flag = (
  id: string,
  weight: SignalWeight,
  vars: Readonly<Record<string, string | number>> = {},
  code = `message.flag.${id}`,
): MessageRedFlag => ({ id, code, vars, text: fill(code, vars), weight });

/** Scorer signs that are about the page itself, not a red flag in a message. */
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
 * "Paste or type what they said or sent you": the scam-text scorer (the signs of a fake warning:
 * "your computer is blocked", a number next to "Microsoft", "call now" …) plus what a scammer's
 * message asks for: gift cards, crypto, wire transfers, cash for a courier, a remote-access tool,
 * paying fast, threats, secrecy, a bank login or code, a refund, a phone number, a look-alike link.
 *
 * Verdict, as the checklist: a `certain` sign, two `warning` signs (the scorer's signs count
 * as one together: it has weighed them already), or the scorer's own scam verdict make "This is a
 * scam"; one `warning` sign makes "Be careful"; `weak` signs (a refund,
 * "call me", a phone number) are only named next to a stronger one; none, "This does not look like
 * the usual scams". The score is 1 − (1 − scorer score) × Π(1 − strength of each sign).
 */
export function checkMessage(input: string, catalog: Catalog): MessageCheck {
  const text = input.slice(0, maxMessageChars);
  const folded = foldText(text);
  const flags: MessageRedFlag[] = [];

  for (const signal of messageSignals) {
    if (signal.pattern.test(folded)) flags.push(flag(signal.id, signal.weight));
  }
  for (const tool of findRemoteToolMentions(text, catalog)) {
    flags.push(flag('remote-tool', 'warning', { tool: tool.name }));
  }
  // A named tool says more than "remote access" in general; keep one of the two.
  if (flags.some((f) => f.id === 'remote-tool')) {
    const generic = flags.findIndex((f) => f.id === 'remote-access');
    if (generic >= 0) flags.splice(generic, 1);
  }
  for (const link of findLookAlikeLinks(text)) {
    flags.push(flag('look-alike-link', 'certain', { link: link.host, brand: link.brand }));
  }

  const scored = scoreScamText({ text });
  const fromScorer: MessageRedFlag[] = [];
  for (const reason of scored.reasons) {
    if (notRedFlags.has(reason.code)) continue;
    const id = kebab(reason.code.replace(/^scamText\.reason\./, ''));
    // Microsoft: its "error and warning messages never include a phone number"; the FTC: real
    // tech companies do not contact you about a problem (both cited in shared/checklist/).
    const weight: SignalWeight = weakScorerSigns.has(reason.code)
      ? 'weak'
      : reason.code === 'scamText.reason.phoneWithBrand'
        ? 'certain'
        : 'warning';
    fromScorer.push({ id, code: reason.code, vars: reason.vars, text: reason.text, weight });
  }
  flags.push(...fromScorer);
  // A phone number is how family writes too; next to a real sign, or a company's name, it is the
  // number the scammer wants called (the scorer already says so when it is next to a name).
  const phone = findPhoneNumbers(text)[0];
  const brandNamed = findBrandsInFolded(folded).length > 0;
  if (phone && !flags.some((f) => f.id === 'phone-with-brand')) {
    flags.push(flag('phone-number', brandNamed ? 'warning' : 'weak', { number: phone.raw }));
  }
  // Weak signs (a refund, "call me", a number) are named only next to a stronger one: alone they
  // are ordinary messages from shops and family.
  if (flags.every((f) => f.weight === 'weak')) flags.length = 0;

  flags.sort((a, b) => rank[a.weight] - rank[b.weight]);
  const certain = flags.filter((f) => f.weight === 'certain').length;
  // The scorer has already weighed its own signs together: they count as one warning at most.
  const own = flags.filter((f) => f.weight === 'warning' && !fromScorer.includes(f)).length;
  const warnings = own + (fromScorer.some((f) => f.weight === 'warning') ? 1 : 0);
  const verdict: Verdict =
    certain > 0 || warnings >= 2 || scored.scam ? 'scam' : flags.length > 0 ? 'careful' : 'no-red-flags';
  const kept = flags.reduce((p, f) => p * (1 - strength[f.weight]), 1 - scored.score);
  const score = flags.length === 0 && !scored.scam ? Math.min(scored.score, 0.2) : 1 - kept;
  return { verdict, score: Math.round(score * 1000) / 1000, redFlags: flags };
}
