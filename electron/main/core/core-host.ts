import { join } from 'node:path';
import type { ProtectionStatus } from '../../../shared/model/protection';
import { createDispatcher, type Invoke } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { databaseFileName } from './data-dir';
import { createEventBus, type EventBus } from './event-bus';
import type { Logger } from './logging/logger';
import { systemClock, type Clock } from './ports/clock';
import { createProtection } from './protection';
import { createDatabaseSettings, createFileSettings, type SettingsSource } from './settings/settings-source';
import { openStore } from './store/database';
import { createEventRepository, type EventRepository } from './store/event-repository';
import { createIncidentRepository, type IncidentRepository } from './store/incident-repository';
import { createSettingsRepository } from './store/settings-repository';
import { appVersion } from './version';

export interface CoreOptions {
  readonly dataDir: string;
  /** Defaults to `<dataDir>/holdon.db`. */
  readonly databasePath?: string;
  /** Headless mode: settings come from (and are saved to) this JSON file instead of the database. */
  readonly configPath?: string;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Electron's version when the core runs inside the app; null elsewhere. */
  readonly electronVersion?: string | null;
}

/** Everything the app does that is not Electron: store, policy, handlers. Runs under plain Node. */
export interface Core {
  readonly invoke: Invoke;
  readonly bus: EventBus;
  readonly settings: SettingsSource;
  readonly incidents: IncidentRepository;
  readonly events: EventRepository;
  status(): ProtectionStatus;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  const databasePath = options.databasePath ?? join(options.dataDir, databaseFileName);
  const store = openStore(databasePath, { logger: logger.child('store'), now: () => clock.now() });
  const settingsRepository = createSettingsRepository(store.db);
  const events = createEventRepository(store.db);
  const incidents = createIncidentRepository(store.db);
  const bus = createEventBus((error) => logger.error('event listener failed', { error }));
  if (store.recoveredFrom) {
    events.append('store.recovered', { movedTo: store.recoveredFrom }, clock.now());
  }

  const settings: SettingsSource = options.configPath
    ? createFileSettings(options.configPath)
    : createDatabaseSettings(settingsRepository, () => clock.now(), databasePath);

  const status = (): ProtectionStatus => {
    const openIncidents = incidents.countOpen();
    return {
      state: protection.state(openIncidents),
      openIncidents,
      pausedUntil: protection.pausedUntil(),
      degradedReasons: protection.degradedReasons(),
      storeRecoveredFrom: store.recoveredFrom,
      databasePath,
      versions: {
        app: appVersion,
        node: process.versions.node,
        electron: options.electronVersion ?? null,
        schema: store.schema,
      },
    };
  };
  const publishStatus = (): void => bus.emit('protection.status', status());

  const protection = createProtection({
    settings: settingsRepository,
    events,
    clock,
    onChange: publishStatus,
  });
  const handlers = createHandlers({
    status,
    protection,
    settings,
    incidents,
    events,
    now: () => clock.now(),
    onSettingsChanged: (_next, how) => logger.info('settings changed', { how }),
  });
  const invoke = createDispatcher(handlers, logger.child('api'));
  logger.info('core started', { databasePath, schema: store.schema, settings: settings.kind });

  return {
    invoke,
    bus,
    settings,
    incidents,
    events,
    status,
    close() {
      protection.dispose();
      store.db.close();
      logger.info('core stopped');
    },
  };
}
