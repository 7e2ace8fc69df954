import type { Database } from 'better-sqlite3';
import type { History } from '../history';
import type { Logger } from '../logging/logger';
import type { Notifier } from '../notifier/notifier';
import type { Clock } from '../ports/clock';
import type { IncidentRepository } from '../store/incident-repository';
import type { BrowserLockupProtection } from './browser-lockup-protection';
import type { HelpSession } from './help-session';
import type { IncidentSink } from './incident-sink';
import type { Protection } from './protection-state';
import type { RemoteToolProtection } from './remote-tool-protection';
import { clearStaleIncidents } from './stale-incidents';

export interface Lifecycle {
  /** Starts the sensors, the alerts, the heartbeat and the daily pruning. */
  start(): Promise<void>;
  /** Stops the sensors and frees the screen reader. */
  stop(): Promise<void>;
  /** Stops everything and closes the database. */
  close(): void;
}

/** The order in which the parts of the core start and stop. */
export function createLifecycle(deps: {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly history: History;
  readonly notifier: Notifier;
  readonly health: { start(): void; stop(): void };
  readonly remote: RemoteToolProtection;
  readonly browser: BrowserLockupProtection;
  readonly help: HelpSession;
  readonly protection: Protection;
  readonly incidents: IncidentRepository;
  readonly sink: IncidentSink;
}): Lifecycle {
  const { logger, remote, browser } = deps;
  return {
    async start() {
      deps.history.start();
      deps.notifier.start();
      try {
        deps.health.start();
      } catch (error) {
        // A failed health check must never keep protection from starting.
        logger.error('health monitor failed to start', { error });
      }
      await remote.start();
      clearStaleIncidents({
        incidents: deps.incidents,
        sink: deps.sink,
        runningTools: remote.runsNow(),
        processes: remote.watcher.current(),
        now: deps.clock.now(),
      });
      await browser.start();
    },
    async stop() {
      remote.stop();
      await browser.stop();
    },
    close() {
      remote.stop();
      deps.health.stop();
      deps.history.stop();
      void browser.stop();
      deps.notifier.stop();
      deps.protection.dispose();
      deps.help.dispose();
      // Incidents kept in memory get one last try; any still not written are named in the log.
      const lost = deps.sink.retryUnsaved();
      if (lost > 0) logger.error('incidents could not be written before closing', { lost });
      deps.sink.dispose();
      deps.db.close();
      logger.info('core stopped');
    },
  };
}
