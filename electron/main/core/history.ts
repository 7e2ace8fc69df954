import { buildHistory } from '../../../shared/history/build-history';
import type { HistoryEntry, HistoryType } from '../../../shared/model/history';
import type { Logger } from './logging/logger';
import type { Clock } from './ports/clock';
import type { Settings } from '../../../shared/settings/settings-schema';
import type { AuditLog } from './audit-log';
import type { Notifier } from './notifier/notifier';
import type { HistoryRepository } from './store/history-repository';
import type { IncidentRepository } from './store/incident-repository';

export const defaultKeepDays = 365;
const dayMs = 24 * 60 * 60_000;

export interface History {
  list(options: { readonly type?: HistoryType | undefined; readonly limit: number }): HistoryEntry[];
  /** Removes entries older than the settings say (default one year); returns how many went. */
  prune(): number;
  /** Prunes now and once a day while running. */
  start(): void;
  stop(): void;
}

export function createHistory(deps: {
  readonly incidents: IncidentRepository;
  readonly audit: Pick<AuditLog, 'list'>;
  readonly notifier: Pick<Notifier, 'list'>;
  readonly repository: HistoryRepository;
  readonly settings: () => Settings;
  readonly clock: Clock;
  readonly logger: Logger;
}): History {
  let timer: { cancel(): void } | null = null;
  const history: History = {
    list({ type, limit }) {
      // A filter looks further back, so "pauses only" still finds pauses among many other lines.
      const depth = type === undefined ? limit : Math.min(limit * 20, 20_000);
      return buildHistory(
        {
          incidents: deps.incidents.list(depth),
          events: deps.audit.list(depth),
          deliveries: deps.notifier.list(depth),
        },
        { type, limit },
      );
    },
    prune() {
      const keepDays = deps.settings().history?.keepDays ?? defaultKeepDays;
      const counts = deps.repository.prune(deps.clock.now() - keepDays * dayMs);
      const total = counts.incidents + counts.events + counts.alerts;
      if (total > 0) deps.logger.info('old history removed', { keepDays, ...counts });
      return total;
    },
    start() {
      const tick = (): void => {
        try {
          history.prune();
        } catch (error) {
          deps.logger.error('history prune failed', { error });
        }
        timer = deps.clock.setTimeout(tick, dayMs);
      };
      tick();
    },
    stop() {
      timer?.cancel();
      timer = null;
    },
  };
  return history;
}
