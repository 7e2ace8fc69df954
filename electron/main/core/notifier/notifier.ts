import type { Database } from 'better-sqlite3';
import type { Delivery } from '../../../../shared/model/alert';
import type { AuditEvent, Incident } from '../../../../shared/model/incident';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { SettingsSource } from '../settings/settings-source';
import type { IncidentRepository } from '../store/incident-repository';
import type { OutboxRepository } from '../store/outbox-repository';
import { createDispatcher, type Dispatcher } from './dispatcher';
import { queueEventAlerts } from './event-alerts';
import { defaultBurstWindowMs, queueIncidentAlerts } from './incident-alerts';
import { planTestAlerts } from './plan-alerts';
import type { Reachable } from './reachability';
import { createSenders } from './senders';

export interface Notifier {
  readonly dispatcher: Dispatcher;
  /** Writes the incident and its alerts in one transaction, then starts sending. */
  openIncident(incident: Incident): void;
  /**
   * Queues the alerts an audit event calls for (tamper, health, follow-ups). Called inside the
   * transaction that appends the event; the caller kicks the dispatcher after it commits.
   */
  queueForEvent(event: AuditEvent): void;
  /** Sends a test message to one contact (or all) now, and reports each channel's result. */
  sendTest(contactName?: string): Promise<Delivery[]>;
  /** Tries to send what is due for up to `ms` (before the app quits). */
  flush(ms: number): Promise<void>;
  start(): void;
  stop(): void;
}

export interface NotifierOptions {
  readonly db: Database;
  readonly incidents: IncidentRepository;
  readonly outbox: OutboxRepository;
  readonly settings: SettingsSource;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly random?: () => number;
  readonly baseDelayMs?: number;
  readonly twilioApiBase?: string;
  /** Burst and follow-up window (tests make it short). */
  readonly windowMs?: number;
  readonly probeIntervalMs?: number;
  readonly reachable?: Reachable;
}

export function createNotifier(deps: NotifierOptions): Notifier {
  const { db, incidents, outbox, settings, clock, logger } = deps;
  const windowMs = deps.windowMs ?? defaultBurstWindowMs;
  const senders = createSenders({
    settings,
    now: () => clock.now(),
    ...(deps.twilioApiBase ? { twilioApiBase: deps.twilioApiBase } : {}),
  });
  const dispatcher = createDispatcher({
    outbox,
    senderFor: (type) => senders.senderFor(type),
    clock,
    logger: logger.child('dispatcher'),
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.baseDelayMs ? { baseDelayMs: deps.baseDelayMs } : {}),
    ...(deps.probeIntervalMs ? { probeIntervalMs: deps.probeIntervalMs } : {}),
    ...(deps.reachable ? { reachable: deps.reachable } : {}),
  });
  const record = db.transaction((incident: Incident) => {
    incidents.insert(incident);
    let current;
    try {
      current = settings.load();
    } catch (error) {
      // Unreadable settings must not cost the incident itself.
      logger.error('no alerts for an incident: the settings cannot be read', { id: incident.id, error });
      return;
    }
    queueIncidentAlerts({ outbox, incidents, windowMs }, incident, current, clock.now());
  });
  // "I asked someone I know to help me" also starts a trusted session: one message, not two.
  let lastTrustedHelpAt = Number.NEGATIVE_INFINITY;

  return {
    dispatcher,
    openIncident(incident) {
      record(incident);
      dispatcher.kick();
    },
    queueForEvent(event) {
      if (event.type === 'interruption.trusted-help') lastTrustedHelpAt = event.at;
      if (event.type === 'help.trusted-session' && event.at - lastTrustedHelpAt < 5_000) return;
      try {
        queueEventAlerts({ outbox, incidents, windowMs }, event, settings.load(), clock.now());
      } catch (error) {
        // The audit event itself must be kept even when its alert cannot be planned.
        logger.error('could not queue alerts for an event', { type: event.type, error });
      }
    },
    async sendTest(contactName) {
      const planned = planTestAlerts(settings.load(), contactName, clock.now());
      outbox.enqueue(planned, clock.now());
      await dispatcher.drain();
      const keys = new Set(planned.map((p) => p.idempotencyKey));
      // In the order of the settings, contact by contact.
      return outbox
        .list(planned.length + 50)
        .filter((d) => keys.has(d.idempotencyKey))
        .sort((a, b) => a.id - b.id);
    },
    async flush(ms) {
      await Promise.race([dispatcher.drain(), new Promise((resolve) => setTimeout(resolve, ms).unref())]);
    },
    start: () => dispatcher.start(),
    stop() {
      dispatcher.stop();
      senders.close();
    },
  };
}
