import { composeIncidentAlert } from '../../../../../shared/alerts/compose-alert';
import { composeSummary } from '../../../../../shared/alerts/compose-summary';
import type { Incident } from '../../../../../shared/model/incident';
import type { Settings } from '../../../../../shared/settings/settings-schema';
import type { IncidentRepository } from '../../store/incident-repository';
import type { NewDelivery, OutboxRepository } from '../../store/outbox-repository';
import type { AnswerIssuer } from '../answers/answer-codes';
import {
  alertIncident,
  buildDelivery,
  channelSlots,
  contextFor,
  messageExtras,
  recipientOf,
  type ChannelSlot,
} from './deliveries';
import { alertKeys } from './thread-keys';

/** One first alert per contact × channel a minute; the rest of a burst waits for one summary. */
export const defaultBurstWindowMs = 60_000;

export interface IncidentAlertDeps {
  readonly outbox: OutboxRepository;
  readonly incidents: IncidentRepository;
  readonly windowMs: number;
  readonly answersFor: AnswerIssuer;
}

/**
 * An incident's first alert to one contact × channel: the root of the incident's thread. A push
 * about a remote tool can be answered from the phone: "Allow for 1 hour" or "Keep it blocked".
 */
export function firstAlert(
  incident: Incident,
  settings: Settings,
  slot: ChannelSlot,
  answersFor: AnswerIssuer,
): NewDelivery {
  const key = alertKeys.incident(incident.id, slot);
  const ctx = contextFor(slot.contact, settings);
  const answerable =
    incident.kind === 'remote-tool' && incident.toolId !== null && incident.severity !== 'notice';
  return buildDelivery(slot, settings, {
    key,
    kind: 'incident',
    incidentId: incident.id,
    message: {
      ...composeIncidentAlert(incident, ctx, key),
      incident: alertIncident(incident),
      ...(answerable ? answersFor(slot, ['allow', 'block'], incident.id, ctx.language) : {}),
    },
  });
}

/**
 * Queues an incident's first alerts (inside the caller's transaction). The first incident after
 * a quiet minute goes out at once, because the family must hear about a scam in seconds. Any
 * other incident within a minute of it joins one summary for that contact × channel, sent when
 * the minute is over: a scam page that reopens fifty times becomes two messages, not fifty.
 */
export function queueIncidentAlerts(
  deps: IncidentAlertDeps,
  incident: Incident,
  settings: Settings,
  now: number,
): void {
  const { outbox, incidents, windowMs } = deps;
  for (const slot of channelSlots(settings)) {
    if (!slot.contact.severities.includes(incident.severity)) continue;
    const to = recipientOf(slot);
    const last = outbox.lastIncidentAlertAt(to);
    if (last === null || now - last >= windowMs) {
      outbox.enqueue([firstAlert(incident, settings, slot, deps.answersFor)], now);
      continue;
    }
    const ctx = contextFor(slot.contact, settings);
    const pending = outbox.pending('summary', to, now);
    if (pending) {
      const ids = [...(pending.message.incidentIds ?? []), incident.id];
      const covered = ids.flatMap((id) => incidents.get(id) ?? []);
      const message = {
        ...composeSummary(covered, ctx, pending.idempotencyKey),
        ...messageExtras(ctx, settings),
      };
      outbox.update(pending.id, message, pending.nextAttemptAt);
      continue;
    }
    const key = alertKeys.summary(incident.id, slot);
    outbox.enqueue(
      [
        buildDelivery(slot, settings, {
          key,
          kind: 'summary',
          incidentId: null,
          message: composeSummary([incident], ctx, key),
          notBefore: last + windowMs,
        }),
      ],
      now,
    );
  }
}
