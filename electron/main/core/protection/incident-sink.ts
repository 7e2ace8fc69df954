import type { Database } from 'better-sqlite3';
import type { Incident } from '../../../../shared/model/incident';
import type { AuditLog } from '../audit-log';
import type { EventBus } from '../event-bus';
import type { Logger } from '../logging/logger';
import type { Notifier } from '../notifier/notifier';
import type { Clock } from '../ports/clock';
import type { IncidentView, UnsavedIncident } from '../store/unsaved-incidents';
import type { Protection } from './protection-state';

/**
 * What just happened to an incident, as the audit log records it (`incident.escalated`,
 * `session.ended`, `interruption.closed-without-choice`, …); the family hears of it as a
 * follow-up in the incident's thread when it matters to them.
 */
export interface IncidentNews {
  readonly type: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** The store could not write (the disk is full, the file read-only or gone), as SQLite says it. */
export const isWriteFailure = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|BUSY)/.test(code);
};

/** How often incidents that could not be written are tried again. */
export const unsavedRetryMs = 30_000;
const keptInMemory = 'incidents kept in memory: the disk is full or the database cannot be written';

/**
 * The one door every incident leaves through, for both protections, the API handlers and the
 * actions: the store and the caregiver alerts in one transaction, then the log, the push event
 * to the screens and the protection status.
 *
 * When the disk cannot take it, the warning still shows: the incident is kept in memory (the
 * protection, the screens and the status see it as if stored), protection is "degraded", and it
 * is written, with its alerts, as soon as the disk can take it again (tried every 30 s and with
 * every new incident).
 */
export interface IncidentSink {
  /** A new incident: stored with its first alerts. */
  opened(incident: Incident): void;
  /**
   * Changes an incident (`change` is pure: escalate, resolve…) and records what happened to it.
   * Returns the incident as it is now, or null when there is no such incident.
   */
  updated(id: string, change: (incident: Incident) => Incident, news?: IncidentNews): Incident | null;
  /** Writes what is kept in memory; returns how many are still not written. */
  retryUnsaved(): number;
  dispose(): void;
}

export function createIncidentSink(deps: {
  readonly db: Database;
  readonly incidents: IncidentView;
  readonly audit: Pick<AuditLog, 'record'>;
  readonly notifier: Pick<Notifier, 'queueIncident' | 'queueFollowUp' | 'kick'>;
  readonly bus: EventBus;
  readonly publishStatus: () => void;
  /** The warning must come back: a new warning, or a rise to danger. */
  readonly raise: () => void;
  readonly clock: Clock;
  readonly logger: Logger;
  /** "Degraded" while incidents are kept in memory, not written. */
  readonly protection: Pick<Protection, 'setDegraded'>;
}): IncidentSink {
  const { incidents, audit, notifier, bus, clock, logger } = deps;

  const open = deps.db.transaction((incident: Incident) => {
    incidents.insert(incident);
    notifier.queueIncident(incident);
  });

  const update = deps.db.transaction(
    (id: string, change: (incident: Incident) => Incident, news: IncidentNews | undefined) => {
      const current = incidents.get(id);
      if (!current) return null;
      const next = change(current);
      if (next !== current) incidents.update(next);
      if (news) {
        const event = audit.record(news.type, { incidentId: id, ...news.detail }, clock.now());
        notifier.queueFollowUp(next, event);
      }
      return next;
    },
  );

  const writeKept = deps.db.transaction((entry: UnsavedIncident) => {
    const { incident } = entry;
    if (entry.stored) incidents.update(incident);
    else {
      incidents.insert(incident);
      notifier.queueIncident(incident);
    }
    for (const news of entry.news) {
      const event = audit.record(news.type, { incidentId: incident.id, ...news.detail }, news.at);
      notifier.queueFollowUp(incident, event);
    }
  });

  let retryTimer: { cancel(): void } | null = null;
  const count = (): number => incidents.unsaved().length;
  const scheduleRetry = (): void => {
    retryTimer ??= clock.setTimeout(() => {
      retryTimer = null;
      sink.retryUnsaved();
    }, unsavedRetryMs);
  };
  const tell = (): void => deps.protection.setDegraded('storage', count() > 0 ? keptInMemory : null);
  const keep = (incident: Incident, news: IncidentNews | undefined, error: unknown): void => {
    if (!isWriteFailure(error)) throw error;
    incidents.keep(incident, news, clock.now());
    logger.error('an incident could not be written; kept in memory', { id: incident.id, error });
    scheduleRetry();
    tell();
  };
  const isKept = (id: string): boolean => incidents.unsaved().some((u) => u.incident.id === id);

  const sink: IncidentSink = {
    opened(incident) {
      sink.retryUnsaved(); // older ones first
      try {
        open(incident);
      } catch (error) {
        keep(incident, undefined, error);
      }
      notifier.kick();
      logger.info('incident opened', { id: incident.id, severity: incident.severity });
      bus.emit('incident.opened', incident);
      if (incident.severity !== 'notice' && incident.resolvedAt === null) deps.raise();
      else deps.publishStatus();
    },
    updated(id, change, news) {
      const before = incidents.get(id);
      if (!before) return null;
      let incident: Incident;
      if (isKept(id)) {
        incident = change(before);
        incidents.keep(incident, news, clock.now());
        sink.retryUnsaved();
      } else {
        try {
          incident = update(id, change, news) ?? before;
        } catch (error) {
          incident = change(before);
          keep(incident, news, error);
        }
      }
      notifier.kick();
      if (news) logger.info('incident news', { id, news: news.type, severity: incident.severity });
      bus.emit('incident.updated', incident);
      const roseToDanger =
        before.severity !== 'danger' && incident.severity === 'danger' && incident.resolvedAt === null;
      if (roseToDanger) deps.raise();
      else deps.publishStatus();
      return incident;
    },
    retryUnsaved() {
      const kept = incidents.unsaved();
      if (kept.length === 0) return 0;
      for (const entry of kept) {
        try {
          writeKept(entry);
          incidents.saved(entry.incident.id);
        } catch (error) {
          logger.warn('incidents kept in memory still cannot be written', { left: count(), error });
          scheduleRetry();
          return count();
        }
      }
      logger.info('incidents kept in memory are written', { written: kept.length });
      retryTimer?.cancel();
      retryTimer = null;
      notifier.kick();
      tell();
      return 0;
    },
    dispose() {
      retryTimer?.cancel();
      retryTimer = null;
    },
  };
  return sink;
}
