import { effectiveAnswers } from './checklist-flow';
import { isRedFlagId, questions, type Answer, type Answers, type RedFlagId } from './checklist-questions';

/**
 * The verdict of the checklist, and of the message checker:
 * - `scam`: "This is a scam";
 * - `careful`: "Be careful";
 * - `no-red-flags`: "This does not look like the usual scams".
 */
export type Verdict = 'scam' | 'careful' | 'no-red-flags';
export const verdicts: readonly Verdict[] = ['scam', 'careful', 'no-red-flags'];

/**
 * What to do next, in this order (the order the FTC, Action Fraud and the banks give: stop the
 * contact, keep the money, cut the connection, call the bank, secure accounts, report, talk).
 * Texts are `checklist.step.<id>` in the catalogs.
 */
export type NextStep =
  | 'hangUp'
  | 'hangUpIfUnsure'
  | 'doNotPay'
  | 'endConnection'
  | 'callBank'
  | 'changePasswords'
  | 'checkYourself'
  | 'report'
  | 'tellSomeone';

export interface ChecklistResult {
  readonly verdict: Verdict;
  /** Red-flag questions answered "Yes", in question order. */
  readonly redFlags: readonly RedFlagId[];
  /** Red-flag questions answered "Not sure". */
  readonly unsure: readonly RedFlagId[];
  readonly steps: readonly NextStep[];
  /** The answers that counted (questions on the path only). */
  readonly answers: Answers;
}

const weightOf = new Map(questions.map((q) => [q.id, q.weight]));
const isYes = (a: Answer | undefined): boolean => a === 'yes';
const maybe = (a: Answer | undefined): boolean => a === 'yes' || a === 'not-sure';

/**
 * The rules, in words (the README repeats them):
 * - "This is a scam" when any `certain` red flag is "Yes" (a phone number in a warning, paying by
 *   gift card/crypto/wire/courier/gold, logging in to the bank while they watch, a black screen
 *   while connected, a refund of "too much", keeping it secret), or when two `warning` flags are
 *   "Yes" (an unexpected contact, being asked to install a program, pressure or threats);
 * - "Be careful" when one `warning` flag, the `weak` flag (they knew your details), or any red flag
 *   answered "Not sure" is all there is;
 * - otherwise "This does not look like the usual scams".
 * Unanswered questions count as nothing.
 */
export function decideChecklist(given: Answers): ChecklistResult {
  const answers = effectiveAnswers(given);
  const redFlags: RedFlagId[] = [];
  const unsure: RedFlagId[] = [];
  let certain = 0;
  let warnings = 0;
  for (const q of questions) {
    if (!isRedFlagId(q.id)) continue;
    const answer = answers[q.id];
    if (answer === 'yes') {
      redFlags.push(q.id);
      if (weightOf.get(q.id) === 'certain') certain += 1;
      if (weightOf.get(q.id) === 'warning') warnings += 1;
    } else if (answer === 'not-sure') {
      unsure.push(q.id);
    }
  }
  const verdict: Verdict =
    certain > 0 || warnings >= 2
      ? 'scam'
      : redFlags.length > 0 || unsure.length > 0
        ? 'careful'
        : 'no-red-flags';
  return { verdict, redFlags, unsure, steps: nextSteps(verdict, answers), answers };
}

function nextSteps(verdict: Verdict, a: Answers): NextStep[] {
  const connected = maybe(a.installProgram) || isYes(a.bankWhileWatching) || isYes(a.screenBlack);
  const bankAtRisk =
    maybe(a.paidOrShared) || isYes(a.bankWhileWatching) || isYes(a.screenBlack) || isYes(a.refundTooMuch);
  const steps: (NextStep | false)[] =
    verdict === 'no-red-flags'
      ? [
          maybe(a.onPhone) && 'hangUpIfUnsure',
          isYes(a.paidOrShared) && 'callBank',
          'checkYourself',
          'tellSomeone',
        ]
      : [
          maybe(a.onPhone) && 'hangUp',
          'doNotPay',
          connected && 'endConnection',
          bankAtRisk && 'callBank',
          (connected || isYes(a.paidOrShared)) && 'changePasswords',
          verdict === 'careful' && 'checkYourself',
          'report',
          'tellSomeone',
        ];
  return steps.filter((s): s is NextStep => s !== false);
}
