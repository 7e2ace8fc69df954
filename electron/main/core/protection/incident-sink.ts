import type { Database } from 'better-sqlite3';
import type { Incident } from '../../../../shared/model/incident';
import type { AuditLog } from '../audit-log';
import type { EventBus } from '../event-bus';
import type { Logger } from '../logging/logger';
import type { Notifier } from '../notifier/notifier';
import type { Clock } from '../ports/clock';
import type { IncidentRepository } from '../store/incident-repository';

/**
 * What just happened to an incident, as the audit log records it (`incident.escalated`,
 * `session.ended`, `interruption.closed-without-choice`, …); the family hears of it as a
 * follow-up in the incident's thread when it matters to them.
 */
export interface IncidentNews {
  readonly type: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/**
 * The one door every incident leaves through, for both protections, the API handlers and the
 * actions: the store and the caregiver alerts in one transaction, then the log, the push event
 * to the screens and the protection status.
 */
export interface IncidentSink {
  /** A new incident: stored with its first alerts. */
  opened(incident: Incident): void;
  /**
   * Changes an incident (`change` is pure: escalate, resolve…) and records what happened to it.
   * Returns the incident as it is now, or null when there is no such incident.
   */
  updated(id: string, change: (incident: Incident) => Incident, news?: IncidentNews): Incident | null;
}

export function createIncidentSink(deps: {
  readonly db: Database;
  readonly incidents: IncidentRepository;
  readonly audit: Pick<AuditLog, 'record'>;
  readonly notifier: Pick<Notifier, 'queueIncident' | 'queueFollowUp' | 'kick'>;
  readonly bus: EventBus;
  readonly publishStatus: () => void;
  /** The warning must come back: a new warning, or a rise to danger. */
  readonly raise: () => void;
  readonly clock: Clock;
  readonly logger: Logger;
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

  return {
    opened(incident) {
      open(incident);
      notifier.kick();
      logger.info('incident opened', { id: incident.id, severity: incident.severity });
      bus.emit('incident.opened', incident);
      if (incident.severity !== 'notice' && incident.resolvedAt === null) deps.raise();
      else deps.publishStatus();
    },
    updated(id, change, news) {
      const before = incidents.get(id);
      const incident = update(id, change, news);
      if (!incident) return null;
      notifier.kick();
      if (news) logger.info('incident news', { id, news: news.type, severity: incident.severity });
      bus.emit('incident.updated', incident);
      const roseToDanger =
        before?.severity !== 'danger' && incident.severity === 'danger' && incident.resolvedAt === null;
      if (roseToDanger) deps.raise();
      else deps.publishStatus();
      return incident;
    },
  };
}
