import type { Database } from 'better-sqlite3';
import type { AuditEvent } from '../../../shared/model/incident';
import type { Settings } from '../../../shared/settings/settings-schema';
import type { Notifier } from './notifier/notifier';
import type { EventRepository } from './store/event-repository';

/**
 * The audit log: everything that lowers or restores protection, and what Hold On did. Each
 * event is written together with the tamper or health alerts it calls for (a pause, a quit, a
 * settings change, a gap in protection…), so whoever writes an event never has to know about
 * alerts. Incidents' own news (escalated, session ended, a choice on the warning) is written
 * by the incident sink, which also queues the follow-ups in the incident's thread.
 */
export interface AuditLog {
  /** Writes the event and its alerts, then starts sending them. */
  /** `previous`: for a change of the settings, the settings before it (their contacts are told too). */
  append(
    type: string,
    detail: Readonly<Record<string, unknown>>,
    at: number,
    previous?: Settings,
  ): AuditEvent;
  /**
   * The same, inside a transaction the caller holds: nothing is sent before it commits, so
   * the caller kicks the notifier afterwards.
   */
  record(
    type: string,
    detail: Readonly<Record<string, unknown>>,
    at: number,
    previous?: Settings,
  ): AuditEvent;
  list(limit: number): AuditEvent[];
}

export function createAuditLog(deps: {
  readonly db: Database;
  readonly events: EventRepository;
  readonly notifier: Pick<Notifier, 'queueForEvent' | 'kick'>;
}): AuditLog {
  const { events, notifier } = deps;
  const record: AuditLog['record'] = (type, detail, at, previous) => {
    const event = events.append(type, detail, at);
    notifier.queueForEvent(event, previous);
    return event;
  };
  const inTransaction = deps.db.transaction(record);
  return {
    record,
    append(type, detail, at, previous) {
      const event = inTransaction(type, detail, at, previous);
      notifier.kick();
      return event;
    },
    list: (limit) => events.list(limit),
  };
}
