import type { Answer } from '../checklist/checklist-questions';
import { questions } from '../checklist/checklist-questions';
import type { ChecklistResult, Verdict } from '../checklist/checklist-verdict';
import { translator } from '../i18n/i18n';
import type { AlertMessage } from '../model/alert';
import type { AlertContext } from './compose-alert';

const severityOf: Readonly<Record<Verdict, AlertMessage['severity']>> = {
  scam: 'danger',
  careful: 'warning',
  'no-red-flags': 'notice',
};

const when = (at: number, ctx: AlertContext): string =>
  new Date(at).toLocaleString(ctx.language, {
    dateStyle: 'full',
    timeStyle: 'short',
    ...(ctx.timeZone ? { timeZone: ctx.timeZone } : {}),
  });

/**
 * The message a trusted contact gets when the person taps "Send this to Ann" after the
 * checklist: what to do first, the verdict, whether someone was on the phone, then every
 * question with the answer given (as asked, so "you" is the person), in the contact's language.
 */
export function composeChecklistAlert(
  result: ChecklistResult,
  completedAt: number,
  ctx: AlertContext,
  key: string,
): AlertMessage {
  const { t } = translator(ctx.language);
  const senior = ctx.seniorName ?? t('alert.defaultSenior');
  const computer = ctx.computerName ?? t('alert.defaultComputer');
  const verdict = t(`checklist.verdict.${result.verdict}`);
  const answered = questions.flatMap((q) => {
    const answer: Answer | undefined = result.answers[q.id];
    return answer ? [`- ${t(`checklist.q.${q.id}`)} ${t(`checklist.answer.${answer}`)}`] : [];
  });
  const body = [
    t(`alert.checklist.intro.${result.verdict}`, { senior }),
    '',
    t('alert.checklist.verdict', { verdict }),
    ...(result.answers.onPhone === 'yes' ? [t('alert.checklist.onPhone', { senior })] : []),
    '',
    t('alert.checklist.answers', { senior }),
    ...answered,
    '',
    t('alert.when', { time: when(completedAt, ctx) }),
    t('alert.computer', { computer }),
    '',
    t('alert.footer', { key }),
  ].join('\n');
  return {
    subject: t('alert.checklist.subject', { senior, computer, verdict }),
    body,
    severity: severityOf[result.verdict],
    language: ctx.language,
  };
}
