import type { Database } from 'better-sqlite3';
import type { Delivery } from '../../../../shared/model/alert';
import type { Incident } from '../../../../shared/model/incident';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { SettingsSource } from '../settings/settings-source';
import type { IncidentRepository } from '../store/incident-repository';
import type { OutboxRepository } from '../store/outbox-repository';
import { createEmailChannel } from './channels/email-channel';
import { DeliveryError } from './delivery-error';
import { createDispatcher, type Dispatcher, type Sender } from './dispatcher';
import { planIncidentAlerts, planTestAlerts } from './plan-alerts';

export interface Notifier {
  readonly dispatcher: Dispatcher;
  /** Writes the incident and its alerts in one transaction, then starts sending. */
  openIncident(incident: Incident): void;
  /** Sends a test message to one contact (or all) now, and reports each channel's result. */
  sendTest(contactName?: string): Promise<Delivery[]>;
  start(): void;
  stop(): void;
}

export function createNotifier(deps: {
  readonly db: Database;
  readonly incidents: IncidentRepository;
  readonly outbox: OutboxRepository;
  readonly settings: SettingsSource;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly random?: () => number;
  readonly baseDelayMs?: number;
}): Notifier {
  const { db, incidents, outbox, settings, clock, logger } = deps;
  let email: { key: string; sender: ReturnType<typeof createEmailChannel> } | null = null;

  const senderFor = (type: string): Sender => {
    const current = settings.load();
    if (type === 'email') {
      if (!current.email)
        throw new DeliveryError('No mail server is set up ("email" in the settings).', true);
      const key = `${current.email.smtpUrl}\n${current.email.from}`;
      if (email?.key !== key) {
        email?.sender.close();
        email = { key, sender: createEmailChannel(current.email) };
      }
      return email.sender;
    }
    throw new DeliveryError(`Hold On cannot send "${type}" messages.`, true);
  };

  const dispatcher = createDispatcher({
    outbox,
    senderFor,
    clock,
    logger: logger.child('dispatcher'),
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.baseDelayMs ? { baseDelayMs: deps.baseDelayMs } : {}),
  });
  const record = db.transaction((incident: Incident) => {
    incidents.insert(incident);
    outbox.enqueue(planIncidentAlerts(incident, settings.load()), clock.now());
  });

  return {
    dispatcher,
    openIncident(incident) {
      record(incident);
      dispatcher.kick();
    },
    async sendTest(contactName) {
      const planned = planTestAlerts(settings.load(), contactName, clock.now());
      outbox.enqueue(planned, clock.now());
      await dispatcher.drain();
      const keys = new Set(planned.map((p) => p.idempotencyKey));
      return outbox.list(planned.length + 50).filter((d) => keys.has(d.idempotencyKey));
    },
    start: () => dispatcher.start(),
    stop() {
      dispatcher.stop();
      email?.sender.close();
    },
  };
}
