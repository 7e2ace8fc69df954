import { tamperAlertFor } from '../../../../../shared/alerts/compose-event-alert';
import type { AlertMessage } from '../../../../../shared/model/alert';
import type { AuditEvent } from '../../../../../shared/model/incident';
import type { Settings } from '../../../../../shared/settings/settings-schema';
import type { OutboxRepository } from '../../store/outbox-repository';
import { buildDelivery, channelSlots, contextFor, recipientOf, type ChannelSlot } from './deliveries';
import { dueAt } from './follow-up-alerts';
import { alertKeys } from './thread-keys';

export interface EventAlertDeps {
  readonly outbox: OutboxRepository;
  /** At most one tamper alert per contact × channel this often. */
  readonly windowMs: number;
}

const recipientKey = (slot: ChannelSlot): string =>
  `${slot.contact.name}\n${slot.channel.type}\n${slot.target}`;

/** A waiting tamper message's text with its own subject as its first line (once). */
const older = (m: AlertMessage): string =>
  m.body.startsWith(m.subject) ? m.body : `${m.subject}\n${m.body}`;

/**
 * Tamper and health alerts for an audit event (inside the caller's transaction): to every
 * contact on every channel, whatever severities they chose, because each one means protection
 * was lowered or was not there. Several within a minute become one message; urgent ones
 * (pause, quit, a PIN lock or reset) go at once.
 *
 * A change of the settings themselves (`previous`: the settings before it) goes to the contacts
 * from before the change as well as after it: replacing the family with a stranger, or removing
 * every contact, must reach the family that was set up.
 */
export function queueEventAlerts(
  deps: EventAlertDeps,
  event: AuditEvent,
  settings: Settings,
  now: number,
  previous?: Settings,
): void {
  const current = channelSlots(settings).map((slot) => ({ slot, from: settings, former: false }));
  const known = new Set(current.map(({ slot }) => recipientKey(slot)));
  const former = previous
    ? channelSlots(previous)
        .filter((slot) => !known.has(recipientKey(slot)))
        .map((slot) => ({ slot, from: previous, former: true }))
    : [];
  for (const { slot, from, former: wasContact } of [...current, ...former]) {
    const ctx = contextFor(slot.contact, from);
    const alert = tamperAlertFor(event, ctx);
    if (!alert) return;
    const to = recipientOf(slot);
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
        buildDelivery(slot, from, {
          key: wasContact ? alertKeys.eventToFormer(event.id, slot) : alertKeys.event(event.id, slot),
          kind: alert.kind,
          incidentId: null,
          message: {
            subject: alert.subject,
            body: alert.body,
            severity: 'warning',
            language: ctx.language,
            event: event.type,
          },
          notBefore: dueAt(last, alert.urgent, now, deps.windowMs),
        }),
      ],
      now,
    );
  }
}
