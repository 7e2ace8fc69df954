import type { Translate } from '../../../shared/i18n/i18n';
import type { ApiError, FieldProblem } from '../../../shared/ipc/result';
import type { Country } from '../../../shared/settings/choices';
import { phoneExample } from '../../../shared/settings/phone-numbers';
import { problemCodes, type ProblemCode } from '../../../shared/settings/settings-validation';
import { pinErrorText } from './pin-error';

const isProblemCode = (code: string): code is ProblemCode => problemCodes.some((c) => c === code);

/** What is wrong with one box, in the person's language ("fill it in."), without the box's name. */
export function problemSentence(t: Translate, problem: FieldProblem, country: Country | undefined): string {
  const code = isProblemCode(problem.code) ? problem.code : 'invalid';
  // With no country chosen there is no "as you dial it here": only the international form.
  if (code === 'phone' && country === undefined)
    return t('problem.phone-international', phoneExample(undefined));
  return t(`problem.${code}`, { max: problem.max ?? 0, ...phoneExample(country) });
}

/**
 * Any refusal from the core, said in the person's language: the PIN's own words, the number of
 * boxes to change, or a plain sentence for the kind of error. The core's English `message` is
 * for the log and the command line; a screen never shows it.
 */
export function apiErrorText(t: Translate, error: ApiError, language: string): string {
  const { code } = error;
  if (code === 'wrong-pin' || code === 'pin-locked' || code === 'pin-required' || code === 'pin-unreadable')
    return pinErrorText(t, error, language);
  if (code === 'invalid-settings' && error.problems && error.problems.length > 0)
    return t('caregiver.problems.summary', { count: error.problems.length });
  // How long to wait, in whole minutes (at least one): the family's phones are spared till then.
  if (code === 'rate-limited')
    return t('error.rate-limited', {
      count: Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 60_000)),
    });
  return t(`error.${code}`);
}
