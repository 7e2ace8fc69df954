import type { Database } from 'better-sqlite3';
import type { Delivery } from '../../../../shared/model/alert';
import type { AuditEvent, Incident } from '../../../../shared/model/incident';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { IncidentRepository } from '../store/incident-repository';
import { createOutboxRepository } from '../store/outbox-repository';
import { createOutboxDispatcher } from './delivery/outbox-dispatcher';
import type { Reachable } from './delivery/reachability';
import { createSenders } from './delivery/senders';
import { planChecklistShare, type SharedCheck } from './planning/checklist-alerts';
import { queueEventAlerts } from './planning/event-alerts';
import { queueFollowUps } from './planning/follow-up-alerts';
import { defaultBurstWindowMs, queueIncidentAlerts } from './planning/incident-alerts';
import { planTestAlerts } from './planning/test-alerts';

/**
 * The caregiver alerts: what to send (planning/) and sending it (delivery/). It owns the
 * outbox: every alert is a row written in the same transaction as what it is about (the
 * `queue…` calls run inside the caller's transaction), and the dispatcher sends the rows after
 * that commits (`kick`), so a crash between the two loses nothing.
 */
export interface Notifier {
  /** An incident's first alerts, or its place in a burst summary. */
  queueIncident(incident: Incident): void;
  /** The follow-ups in an incident's thread for what just happened to it (`event`). */
  queueFollowUp(incident: Incident, event: AuditEvent): void;
  /** The tamper or health alerts an audit event calls for (none for most events). */
  queueForEvent(event: AuditEvent): void;
  /** A checklist result for one trusted contact (or all); returns the alerts queued. */
  queueChecklistShare(check: SharedCheck, contactName: string | undefined): Delivery[];
  /** Starts sending what was queued (call it after the transaction commits). */
  kick(): void;
  /** Sends a test message to one contact (or all) now, and reports each channel's result. */
  sendTest(contactName?: string): Promise<Delivery[]>;
  /** The alerts, newest first. */
  list(limit: number): Delivery[];
  /** Sends everything due now; resolves when done. */
  drain(): Promise<void>;
  /** Tries to send what is due for up to `ms` (before the app quits). */
  flush(ms: number): Promise<void>;
  start(): void;
  stop(): void;
}

export interface NotifierOptions {
  readonly db: Database;
  /** For the incidents a burst summary lists. */
  readonly incidents: IncidentRepository;
  /** The settings without their secrets: enough to plan every alert. */
  readonly settings: () => Settings;
  /** The settings with their secrets, read when an alert is sent. */
  readonly revealSettings: () => Settings;
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
  const { incidents, clock, logger } = deps;
  const outbox = createOutboxRepository(deps.db);
  const windowMs = deps.windowMs ?? defaultBurstWindowMs;
  const senders = createSenders({
    revealSettings: deps.revealSettings,
    now: () => clock.now(),
    ...(deps.twilioApiBase ? { twilioApiBase: deps.twilioApiBase } : {}),
  });
  const dispatcher = createOutboxDispatcher({
    outbox,
    send: (delivery) => senders.send(delivery),
    clock,
    logger: logger.child('dispatcher'),
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.baseDelayMs ? { baseDelayMs: deps.baseDelayMs } : {}),
    ...(deps.probeIntervalMs ? { probeIntervalMs: deps.probeIntervalMs } : {}),
    ...(deps.reachable ? { reachable: deps.reachable } : {}),
  });

  /** Planning never costs what it plans for: a failure is logged, the caller's write stands. */
  const planning = (what: string, plan: (settings: Settings) => void): void => {
    let settings: Settings;
    try {
      settings = deps.settings();
    } catch (error) {
      logger.error(`no alerts for ${what}: the settings cannot be read`, { error });
      return;
    }
    try {
      plan(settings);
    } catch (error) {
      logger.error(`could not queue alerts for ${what}`, { error });
    }
  };

  return {
    queueIncident(incident) {
      planning(`incident ${incident.id}`, (settings) =>
        queueIncidentAlerts({ outbox, incidents, windowMs }, incident, settings, clock.now()),
      );
    },
    queueFollowUp(incident, event) {
      planning(`${event.type} on incident ${incident.id}`, (settings) =>
        queueFollowUps({ outbox, windowMs }, incident, event, settings, clock.now()),
      );
    },
    queueForEvent(event) {
      planning(event.type, (settings) =>
        queueEventAlerts({ outbox, windowMs }, event, settings, clock.now()),
      );
    },
    queueChecklistShare(check, contactName) {
      const now = clock.now();
      const planned = planChecklistShare(check, deps.settings(), contactName, now);
      outbox.enqueue(planned, now);
      const keys = new Set(planned.map((p) => p.idempotencyKey));
      return outbox.list(planned.length + 50).filter((d) => keys.has(d.idempotencyKey));
    },
    kick: () => dispatcher.kick(),
    async sendTest(contactName) {
      const planned = planTestAlerts(deps.settings(), contactName, clock.now());
      outbox.enqueue(planned, clock.now());
      await dispatcher.drain();
      const keys = new Set(planned.map((p) => p.idempotencyKey));
      // In the order of the settings, contact by contact.
      return outbox
        .list(planned.length + 50)
        .filter((d) => keys.has(d.idempotencyKey))
        .sort((a, b) => a.id - b.id);
    },
    list: (limit) => outbox.list(limit),
    drain: () => dispatcher.drain(),
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
