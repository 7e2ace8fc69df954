import { translator, type MessageKey } from '../i18n/i18n';
import type { Severity } from '../model/incident';
import { when, type AlertContext } from './compose-alert';

/** Settings fields with a plain name in every language (`alert.field.*`). */
const settingsFields: ReadonlySet<string> = new Set([
  'language',
  'country',
  'seniorName',
  'seniorPhone',
  'computerName',
  'protection',
  'readAloud',
  'contacts',
  'email',
  'twilio',
  'allowedTools',
  'history',
]);

export interface AuditEventInput {
  readonly type: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly at: number;
}

/** A line added to an incident's thread. `urgent` ones skip the follow-up rate limit. */
export interface FollowUp {
  readonly text: string;
  readonly severity: Severity;
  readonly urgent: boolean;
}

/** A tamper or health alert: to every contact, whatever severities they chose. */
export interface TamperAlert {
  readonly kind: 'tamper' | 'health';
  readonly subject: string;
  readonly body: string;
  readonly urgent: boolean;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function names(ctx: AlertContext) {
  const { t } = translator(ctx.language);
  return {
    t,
    senior: ctx.seniorName ?? t('alert.defaultSenior'),
    computer: ctx.computerName ?? t('alert.defaultComputer'),
    time: (at: number | null) => (at === null ? '?' : when(at, ctx.language, ctx.timeZone)),
  };
}

/**
 * The follow-up an audit event adds to an incident's thread, or null when it adds nothing.
 * Every choice that keeps a remote session alive is reported (closed without choosing, "someone
 * I know is helping", calling a contact); "read this to me" changes nothing and is not.
 */
export function followUpFor(
  event: AuditEventInput,
  ctx: AlertContext,
  extra: { readonly reason?: string; readonly firstContact?: string } = {},
): FollowUp | null {
  const { t, senior, computer } = names(ctx);
  switch (event.type) {
    case 'incident.escalated':
      return {
        text: t('alert.followUp.escalated', { reason: extra.reason ?? str(event.detail.reason), senior }),
        severity: 'danger',
        urgent: true,
      };
    case 'session.ended':
      return event.detail.status === 'ended' || event.detail.status === 'not-running'
        ? { text: t('alert.followUp.sessionEnded', { computer }), severity: 'notice', urgent: false }
        : { text: t('alert.followUp.sessionNotEnded', { senior }), severity: 'danger', urgent: true };
    case 'interruption.closed-without-choice':
      return {
        text: t('alert.followUp.closedWithoutChoice', { senior }),
        severity: 'warning',
        urgent: false,
      };
    case 'interruption.asked-for-help':
      return { text: t('alert.followUp.askedForHelp', { senior }), severity: 'warning', urgent: false };
    case 'incident.cleared':
      return { text: t('alert.followUp.cleared', { computer }), severity: 'notice', urgent: false };
    case 'interruption.called-contact':
      return {
        text: t('alert.followUp.calledContact', {
          senior,
          contact: extra.firstContact ?? t('alert.defaultSenior'),
        }),
        severity: 'notice',
        urgent: false,
      };
    default:
      return null;
  }
}

/** The tamper or health alert for an audit event, or null when the event is not one. */
export function tamperAlertFor(event: AuditEventInput, ctx: AlertContext): TamperAlert | null {
  const { t, senior, computer, time } = names(ctx);
  const d = event.detail;
  const tamper = (key: string, vars: Record<string, string | number>, urgent = false): TamperAlert => ({
    kind: 'tamper',
    subject: t(`alert.tamper.${key}.subject` as 'alert.tamper.quit.subject', { computer, ...vars }),
    body: [
      t(`alert.tamper.${key}.body` as 'alert.tamper.quit.body', { computer, ...vars }),
      '',
      t('alert.tamper.footer', { senior }),
    ].join('\n'),
    urgent,
  });
  const health = (key: string, vars: Record<string, string | number>): TamperAlert => ({
    kind: 'health',
    subject: t(`alert.health.${key}.subject` as 'alert.health.gap.subject', { computer, ...vars }),
    body: t(`alert.health.${key}.body` as 'alert.health.gap.body', { computer, senior, ...vars }),
    urgent: false,
  });
  switch (event.type) {
    case 'protection.paused':
      return tamper('paused', { until: time(num(d.until)) }, true);
    case 'protection.resumed':
      return tamper('resumed', {});
    case 'app.quit':
      // Hold On is about to stop: try at once, before the process is gone.
      return tamper('quit', {}, true);
    case 'app.stopped':
      // Stopped without the PIN: the family hears of it before the process is gone.
      return tamper('stopped', { how: str(d.how) || '?' }, true);
    case 'settings.changed': {
      // The first setup is the caregiver's own work: nothing to warn the family about.
      if (d.how === 'setup') return null;
      const fields = Array.isArray(d.fields)
        ? d.fields
            .filter((f): f is string => typeof f === 'string')
            .map((f) => (settingsFields.has(f) ? t(`alert.field.${f}` as MessageKey) : f))
            .join(', ')
        : '';
      return tamper('settingsChanged', { fields: fields || '?' });
    }
    case 'pin.locked':
      return tamper('pinLocked', { failures: num(d.failures) ?? 5, until: time(num(d.lockedUntil)) }, true);
    case 'pin.reset':
      return tamper('pinReset', {}, true);
    case 'pin.set':
      return tamper('pinSet', {});
    case 'help.trusted-session':
      // Chosen on a warning, the session is news in that incident's thread (a follow-up).
      if (typeof d.incidentId === 'string') return null;
      return d.by === 'phone'
        ? tamper('trustedSessionPhone', {
            contact: str(d.contact) || '?',
            tools: Array.isArray(d.toolNames)
              ? d.toolNames.filter((n) => typeof n === 'string').join(', ')
              : '?',
            until: time(num(d.until)),
          })
        : tamper('trustedSession', { until: time(num(d.until)) });
    case 'family.kept-blocked':
      return tamper('keptBlocked', {
        contact: str(d.contact) || '?',
        tool: str(d.toolName) || str(d.toolId) || '?',
      });
    case 'windows.protection-off':
      return tamper(
        'windowsProtectionOff',
        { setting: t(`alert.windowsProtection.${str(d.setting)}` as MessageKey) },
        true,
      );
    case 'autostart.removed':
      // Without its start-up entry, Hold On is gone after the next restart.
      return tamper(d.restored === false ? 'startupNotRestored' : 'startupRemoved', {}, true);
    case 'health.gap':
      return health('gap', { from: time(num(d.from)), to: time(num(d.to)) });
    case 'health.unclosed':
      // Ended without closing before a restart: a kill, or a power cut (the alert says both).
      return health('unclosed', { lastSeen: time(num(d.lastSeen)), bootedAt: time(num(d.bootedAt)) });
    case 'sensor.failed':
      // secrets.key deleted or replaced: what is missing is the alerts' passwords, not a sensor.
      if (d.sensor === 'secrets') return health('secretsUnreadable', {});
      if (d.sensor === 'store') return health('storeUnusable', { reason: str(d.reason) || '?' });
      // The disk could not take new records; the warnings were kept in memory (incident-sink.ts).
      if (d.sensor === 'storage') return health('diskFull', {});
      return health('sensorFailed', { reason: str(d.reason) || '?' });
    case 'store.recovered': {
      // How many earlier records (warnings, messages, history) were read back from the old file.
      const salvaged = typeof d.salvaged === 'object' && d.salvaged !== null ? Object.values(d.salvaged) : [];
      const kept = salvaged.reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
      return health('storeRecovered', { kept });
    }
    default:
      return null;
  }
}
