import { translator } from '../i18n/i18n';
import type { AlertMessage } from '../model/alert';
import { severityRank, type Incident, type Severity } from '../model/incident';
import { when, type AlertContext } from './compose-alert';

const listed = 20;

/**
 * One message for a burst of incidents (a scam page that keeps reopening, a tool restarted in a
 * loop): the count, the worst severity's advice, and the first 20 titles with their times.
 */
export function composeSummary(incidents: readonly Incident[], ctx: AlertContext, key: string): AlertMessage {
  const { t } = translator(ctx.language);
  const senior = ctx.seniorName ?? t('alert.defaultSenior');
  const computer = ctx.computerName ?? t('alert.defaultComputer');
  const severity = incidents.reduce<Severity>(
    (worst, i) => (severityRank[i.severity] > severityRank[worst] ? i.severity : worst),
    'notice',
  );
  const count = incidents.length;
  const lines = incidents
    .slice(0, listed)
    .map((i) => `- ${i.title} (${when(i.detectedAt, ctx.language, ctx.timeZone)})`);
  const body = [
    t(`alert.intro.${severity}`, { senior, computer }),
    '',
    t('alert.summary.intro', { count, computer }),
    '',
    ...lines,
    ...(count > listed ? [t('alert.summary.more', { count: count - listed })] : []),
    '',
    t('alert.footer', { key }),
  ].join('\n');
  return {
    subject: t('alert.summary.subject', { count, computer }),
    body,
    severity,
    language: ctx.language,
    incidentIds: incidents.map((i) => i.id),
    ...(ctx.seniorName ? { seniorName: ctx.seniorName } : {}),
    ...(ctx.computerName ? { computerName: ctx.computerName } : {}),
  };
}
