import { translator } from '../i18n/i18n';
import type { AlertMessage } from '../model/alert';
import type { AlertContext } from './compose-alert';

/** What the weekly "all is well" message says about one week. */
export interface WeeklyStats {
  /** Hours Hold On was running and not paused. */
  readonly protectedHours: number;
  readonly remoteToolWarnings: number;
  readonly scamPageWarnings: number;
  /** Alerts that went out to the family (first alerts, follow-ups, summaries, tamper and health). */
  readonly alertsSent: number;
  readonly pauses: number;
}

/**
 * The weekly message to each contact, in their language: how long Hold On protected the
 * computer, what it warned about, how many alerts it sent. It comes every week, so the day it
 * does not come is itself a sign that something is wrong, and it says so.
 */
export function composeWeekly(stats: WeeklyStats, ctx: AlertContext, key: string): AlertMessage {
  const { t } = translator(ctx.language);
  const senior = ctx.seniorName ?? t('alert.defaultSenior');
  const computer = ctx.computerName ?? t('alert.defaultComputer');
  const quiet = stats.remoteToolWarnings + stats.scamPageWarnings === 0;
  const lines = [
    t('alert.weekly.protected', { count: stats.protectedHours, computer }),
    '',
    ...(quiet
      ? [t('alert.weekly.quiet')]
      : [
          t('alert.weekly.remoteTools', { count: stats.remoteToolWarnings }),
          t('alert.weekly.scamPages', { count: stats.scamPageWarnings }),
        ]),
    t('alert.weekly.alerts', { count: stats.alertsSent }),
    ...(stats.pauses > 0 ? [t('alert.weekly.pauses', { count: stats.pauses })] : []),
    '',
    t('alert.weekly.missing', { senior }),
    '',
    t('alert.footer', { key }),
  ];
  return {
    subject: quiet ? t('alert.weekly.subject.quiet', { computer }) : t('alert.weekly.subject', { computer }),
    body: lines.join('\n'),
    severity: 'notice',
    language: ctx.language,
  };
}
