import { when } from '../../../../shared/alerts/compose-alert';
import { followUpFor, tamperAlertFor } from '../../../../shared/alerts/compose-event-alert';
import { describeReason, translator } from '../../../../shared/i18n/i18n';
import type { AlertMessage } from '../../../../shared/model/alert';
import { severityRank, type AuditEvent } from '../../../../shared/model/incident';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { IncidentRepository } from '../store/incident-repository';
import type { OutboxRepository, Recipient } from '../store/outbox-repository';
import { alertIncident, contextFor, eachChannel, incidentDelivery, messageExtras } from './plan-alerts';

export interface EventAlertDeps {
  readonly outbox: OutboxRepository;
  readonly incidents: IncidentRepository;
  /** At most one follow-up per thread, and one tamper alert per contact × channel, this often. */
  readonly windowMs: number;
}

const worse = (a: AlertMessage['severity'], b: AlertMessage['severity']) =>
  severityRank[a] >= severityRank[b] ? a : b;

/**
 * When the next message to this thread may go: now for urgent news or a quiet thread, else a
 * minute after the previous one. Everything that happens meanwhile joins that one message.
 */
function dueAt(last: number | null, urgent: boolean, now: number, windowMs: number): number {
  return urgent || last === null ? now : Math.max(now, last + windowMs);
}

/** A waiting tamper message's text with its own subject as its first line (once). */
const older = (m: AlertMessage): string =>
  m.body.startsWith(m.subject) ? m.body : `${m.subject}\n${m.body}`;

/**
 * Tamper and health alerts: to every contact on every channel, whatever severities they
 * chose, because each one means protection was lowered or was not there.
 */
function queueTamper(deps: EventAlertDeps, event: AuditEvent, settings: Settings, now: number): boolean {
  let handled = false;
  for (const at of eachChannel(settings)) {
    const ctx = contextFor(at.contact, settings);
    const alert = tamperAlertFor(event, ctx);
    if (!alert) return false;
    handled = true;
    const to: Recipient = {
      contactName: at.contact.name,
      channelType: at.channel.type,
      channelTarget: at.target,
    };
    const pending = deps.outbox.pending(alert.kind, to, now);
    if (pending) {
      deps.outbox.update(
        pending.id,
        {
          ...pending.message,
          subject: alert.subject,
          body: `${alert.subject}\n${alert.body}\n\n${older(pending.message)}`,
        },
        alert.urgent ? now : pending.nextAttemptAt,
      );
      continue;
    }
    const last = deps.outbox.lastCreatedAt(['tamper', 'health'], to);
    deps.outbox.enqueue(
      [
        {
          idempotencyKey: `event-${event.id}:${at.c}:${at.n}`,
          incidentId: null,
          kind: alert.kind,
          contactName: at.contact.name,
          channelType: at.channel.type,
          channelTarget: at.target,
          message: {
            subject: alert.subject,
            body: alert.body,
            severity: 'warning',
            language: ctx.language,
            event: event.type,
            ...messageExtras(ctx, settings),
          },
          notBefore: dueAt(last, alert.urgent, now, deps.windowMs),
        },
      ],
      now,
    );
  }
  return handled;
}

/**
 * Follow-ups in an incident's thread, to each contact × channel that got its first alert:
 * same subject ("Re: …"), replying to the first message, at most one a minute (news meanwhile
 * joins the waiting one), escalation to danger at once. A contact who only wanted danger and
 * had no alert yet gets the first alert instead.
 */
function queueFollowUps(deps: EventAlertDeps, event: AuditEvent, settings: Settings, now: number): void {
  const incidentId = event.detail.incidentId;
  if (typeof incidentId !== 'string') return;
  const incident = deps.incidents.get(incidentId);
  if (!incident) return;
  // An escalation that leaves the incident below danger adds nothing the family must act on.
  if (event.type === 'incident.escalated' && incident.severity !== 'danger') return;
  const roots = deps.outbox.forIncident(incidentId).filter((d) => d.kind === 'incident');
  const firstContact = settings.contacts?.[0]?.name;
  for (const at of eachChannel(settings)) {
    const root = roots.find(
      (r) =>
        r.contactName === at.contact.name &&
        r.channelType === at.channel.type &&
        r.channelTarget === at.target,
    );
    if (!root) {
      if (event.type === 'incident.escalated' && at.contact.severities.includes(incident.severity))
        deps.outbox.enqueue([incidentDelivery(incident, settings, at)], now);
      continue;
    }
    const ctx = contextFor(at.contact, settings);
    const { t } = translator(ctx.language);
    const lastReason = incident.reasons.at(-1);
    const reason = lastReason ? describeReason(t, lastReason.code, lastReason.vars) : undefined;
    const followUp = followUpFor(event, ctx, {
      ...(reason ? { reason } : {}),
      ...(firstContact ? { firstContact } : {}),
    });
    if (!followUp) return;
    const line = `${followUp.text} (${when(event.at, ctx.language, ctx.timeZone)})`;
    const to: Recipient = {
      contactName: at.contact.name,
      channelType: at.channel.type,
      channelTarget: at.target,
    };
    const thread = `${root.idempotencyKey}/`;
    const pending = deps.outbox.pending('follow-up', to, now, thread);
    if (pending) {
      deps.outbox.update(
        pending.id,
        {
          ...pending.message,
          body: `${line}\n${pending.message.body}`,
          severity: worse(pending.message.severity, followUp.severity),
        },
        followUp.urgent ? now : pending.nextAttemptAt,
      );
      continue;
    }
    const key = `${thread}${event.id}`;
    deps.outbox.enqueue(
      [
        {
          idempotencyKey: key,
          incidentId,
          kind: 'follow-up',
          contactName: at.contact.name,
          channelType: at.channel.type,
          channelTarget: at.target,
          message: {
            subject: t('alert.followUp.subject', { subject: root.message.subject }),
            body: [line, '', t('alert.footer', { key })].join('\n'),
            severity: followUp.severity,
            language: ctx.language,
            event: event.type,
            inReplyTo: root.idempotencyKey,
            incident: alertIncident(incident),
            ...messageExtras(ctx, settings),
          },
          notBefore: dueAt(
            deps.outbox.lastWithPrefix(thread)?.createdAt ?? null,
            followUp.urgent,
            now,
            deps.windowMs,
          ),
        },
      ],
      now,
    );
  }
}

/** Turns one audit event into the alerts it calls for (inside the caller's transaction). */
export function queueEventAlerts(
  deps: EventAlertDeps,
  event: AuditEvent,
  settings: Settings,
  now: number,
): void {
  if (queueTamper(deps, event, settings, now)) return;
  queueFollowUps(deps, event, settings, now);
}
