import { composeSummary } from '../../../../shared/alerts/compose-summary';
import type { Incident } from '../../../../shared/model/incident';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { IncidentRepository } from '../store/incident-repository';
import type { OutboxRepository } from '../store/outbox-repository';
import { contextFor, eachChannel, incidentDelivery, messageExtras } from './plan-alerts';

/** One first alert per contact × channel a minute; the rest of a burst waits for one summary. */
export const defaultBurstWindowMs = 60_000;

/**
 * Queues an incident's first alerts (inside the caller's transaction). The first incident after
 * a quiet minute goes out at once, because the family must hear about a scam in seconds. Any
 * other incident within a minute of it joins one summary for that contact × channel, sent when
 * the minute is over: a scam page that reopens fifty times becomes two messages, not fifty.
 */
export function queueIncidentAlerts(
  deps: {
    readonly outbox: OutboxRepository;
    readonly incidents: IncidentRepository;
    readonly windowMs: number;
  },
  incident: Incident,
  settings: Settings,
  now: number,
): void {
  const { outbox, incidents, windowMs } = deps;
  for (const at of eachChannel(settings)) {
    if (!at.contact.severities.includes(incident.severity)) continue;
    const to = { contactName: at.contact.name, channelType: at.channel.type, channelTarget: at.target };
    const last = outbox.lastIncidentAlertAt(to);
    if (last === null || now - last >= windowMs) {
      outbox.enqueue([incidentDelivery(incident, settings, at)], now);
      continue;
    }
    const ctx = contextFor(at.contact, settings);
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
    const key = `summary-${incident.id}:${at.c}:${at.n}`;
    outbox.enqueue(
      [
        {
          idempotencyKey: key,
          incidentId: null,
          kind: 'summary',
          contactName: at.contact.name,
          channelType: at.channel.type,
          channelTarget: at.target,
          message: { ...composeSummary([incident], ctx, key), ...messageExtras(ctx, settings) },
          notBefore: last + windowMs,
        },
      ],
      now,
    );
  }
}
