import en from '../i18n/locales/en.json';
import type { PhraseSignal } from './scam-phrases';
import type { ScamReason } from './scam-verdict';

/**
 * Every phrase signal is a reason of the same name, besides the phone, brand and "about scams"
 * ones; `model` is the plain reason for a scam the trained detector finds but no finder can name.
 */
export type ScamReasonName = 'phoneWithBrand' | 'phone' | PhraseSignal | 'brand' | 'aboutScams' | 'model';

const english: Readonly<Record<string, string>> = en;

/**
 * A reason with its English text filled in from the English catalog directly (not through
 * i18next): the scorer runs on every window-title change and must stay in microseconds.
 */
export function scamReason(
  name: ScamReasonName,
  vars: Readonly<Record<string, string | number>> = {},
): ScamReason {
  const code = `scamText.reason.${name}`;
  const template = english[code] ?? code;
  const text = template.replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => String(vars[key] ?? ''));
  return { code, vars, text };
}
