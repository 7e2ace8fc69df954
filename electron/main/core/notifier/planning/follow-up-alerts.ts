import { when } from '../../../../../shared/alerts/compose-alert';
import { followUpFor } from '../../../../../shared/alerts/compose-event-alert';
import { describeReason, translator } from '../../../../../shared/i18n/i18n';
import type { AlertMessage } from '../../../../../shared/model/alert';
import { severityRank, type AuditEvent, type Incident } from '../../../../../shared/model/incident';
import type { Settings } from '../../../../../shared/settings/settings-schema';
import type { OutboxRepository } from '../../store/outbox-repository';
import type { AnswerIssuer } from '../answers/answer-codes';
import { alertIncident, buildDelivery, channelSlots, contextFor, recipientOf } from './deliveries';
import { firstAlert } from './incident-alerts';
import { alertKeys, threadPrefix } from './thread-keys';

export interface FollowUpDeps {
  readonly outbox: OutboxRepository;
  /** At most one follow-up per thread this often. */
  readonly windowMs: number;
  readonly answersFor: AnswerIssuer;
}

const worse = (a: AlertMessage['severity'], b: AlertMessage['severity']) =>
  severityRank[a] >= severityRank[b] ? a : b;

/**
 * When the next message to a thread may go: now for urgent news or a quiet thread, else a
 * minute after the previous one. Everything that happens meanwhile joins that one message.
 */
export function dueAt(last: number | null, urgent: boolean, now: number, windowMs: number): number {
  return urgent || last === null ? now : Math.max(now, last + windowMs);
}

/**
 * Follow-ups in an incident's thread, for what just happened to it (`event`, already written
 * to the audit log), to each contact × channel that got its first alert: same subject ("Re: …"),
 * replying to the first message, at most one a minute (news meanwhile joins the waiting one),
 * an escalation to danger at once. A contact who only wanted danger and had no alert yet gets
 * the first alert instead.
 */
export function queueFollowUps(
  deps: FollowUpDeps,
  incident: Incident,
  event: AuditEvent,
  settings: Settings,
  now: number,
): void {
  // An escalation that leaves the incident below danger adds nothing the family must act on.
  if (event.type === 'incident.escalated' && incident.severity !== 'danger') return;
  const roots = deps.outbox.forIncident(incident.id).filter((d) => d.kind === 'incident');
  const firstContact = settings.contacts?.[0]?.name;
  for (const slot of channelSlots(settings)) {
    const to = recipientOf(slot);
    const root = roots.find(
      (r) =>
        r.contactName === to.contactName &&
        r.channelType === to.channelType &&
        r.channelTarget === to.channelTarget,
    );
    if (!root) {
      if (event.type === 'incident.escalated' && slot.contact.severities.includes(incident.severity))
        deps.outbox.enqueue([firstAlert(incident, settings, slot, deps.answersFor)], now);
      continue;
    }
    const ctx = contextFor(slot.contact, settings);
    const { t } = translator(ctx.language);
    const lastReason = incident.reasons.at(-1);
    const reason = lastReason ? describeReason(t, lastReason.code, lastReason.vars) : undefined;
    const followUp = followUpFor(event, ctx, {
      ...(reason ? { reason } : {}),
      ...(firstContact ? { firstContact } : {}),
    });
    if (!followUp) return;
    const line = `${followUp.text} (${when(event.at, ctx.language, ctx.timeZone)})`;
    const thread = threadPrefix(root.idempotencyKey);
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
    const key = alertKeys.followUp(root.idempotencyKey, event.id);
    deps.outbox.enqueue(
      [
        buildDelivery(slot, settings, {
          key,
          kind: 'follow-up',
          incidentId: incident.id,
          message: {
            subject: t('alert.followUp.subject', { subject: root.message.subject }),
            body: [line, '', t('alert.footer', { key })].join('\n'),
            severity: followUp.severity,
            language: ctx.language,
            event: event.type,
            inReplyTo: root.idempotencyKey,
            incident: alertIncident(incident),
          },
          notBefore: dueAt(
            deps.outbox.lastWithPrefix(thread)?.createdAt ?? null,
            followUp.urgent,
            now,
            deps.windowMs,
          ),
        }),
      ],
      now,
    );
  }
}
