import { describeReason, translator } from '../i18n/i18n';
import type { AlertMessage } from '../model/alert';
import type { Incident } from '../model/incident';
import type { Language } from '../settings/choices';

export interface AlertContext {
  readonly language: Language;
  /** How the family calls the person protected ("Mum"). */
  readonly seniorName: string | undefined;
  readonly computerName: string | undefined;
  /** Time zone for the "When" line; the computer's own by default. */
  readonly timeZone?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A time as the contact reads it, in their language ("Sunday, 22 November 2026 at 14:05"). */
export function when(at: number, language: Language, timeZone: string | undefined): string {
  // Building a DateTimeFormat costs far more than using one: a burst summary lists many times.
  const id = `${language}|${timeZone ?? ''}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      dateStyle: 'full',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
    formats.set(id, format);
  }
  return format.format(at);
}

/**
 * The caregiver message for an incident, in the contact's language: what to do first, then what
 * happened, where and when. Plain text, no secrets, no screenshots.
 */
export function composeIncidentAlert(incident: Incident, ctx: AlertContext, key: string): AlertMessage {
  const { t } = translator(ctx.language);
  const senior = ctx.seniorName ?? t('alert.defaultSenior');
  const computer = ctx.computerName ?? t('alert.defaultComputer');
  const subject =
    incident.kind === 'remote-tool' && incident.toolName
      ? t('alert.subject.remote', { tool: incident.toolName, computer })
      : t('alert.subject.other', { title: incident.title, computer });
  const intro = t(`alert.intro.${incident.severity}`, { senior, computer });
  const body = [
    intro,
    '',
    t('alert.what'),
    ...incident.reasons.map((r) => `- ${describeReason(t, r.code, r.vars)}`),
    '',
    t('alert.when', { time: when(incident.detectedAt, ctx.language, ctx.timeZone) }),
    t('alert.computer', { computer }),
    '',
    t('alert.footer', { key }),
  ].join('\n');
  return { subject, body, severity: incident.severity, language: ctx.language };
}

export function composeTestAlert(contactName: string, ctx: AlertContext, key: string): AlertMessage {
  const { t } = translator(ctx.language);
  const computer = ctx.computerName ?? t('alert.defaultComputer');
  return {
    subject: t('alert.subject.test', { name: contactName }),
    body: [t('alert.test.body', { computer }), '', t('alert.footer', { key })].join('\n'),
    severity: 'notice',
    language: ctx.language,
  };
}
