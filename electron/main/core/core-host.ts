import { uptime } from 'node:os';
import { join } from 'node:path';
import type { ProtectionStatus } from '../../../shared/model/protection';
import type { ProcessControl } from './actions/end-processes';
import { systemProcessControl } from './actions/process-control';
import { createDispatcher, type Invoke } from './api/dispatch';
import { remoteToolCatalog } from './catalog';
import { createHandlers } from './api/handlers';
import { databaseFileName } from './data-dir';
import { createEventBus, type EventBus } from './event-bus';
import type { Logger } from './logging/logger';
import { systemClock, type Clock } from './ports/clock';
import type { ProcessSource } from './ports/process-source';
import { createProtection } from './protection';
import { createHealthMonitor } from './notifier/health-monitor';
import { createNotifier, type Notifier } from './notifier/notifier';
import { systemActiveClock, type ActiveClock } from './ports/active-clock';
import type { SecretCipher } from './ports/secret-cipher';
import { createKeyFileCipher } from './settings/key-file-cipher';
import { createRemoteProtection, type RemoteProtection } from './remote-protection';
import { createBrowserProtection, type BrowserProtection } from './browser-protection';
import { createTesseractReader } from './ocr/tesseract-reader';
import type { ScreenCapture } from './ports/screen-capture';
import type { TextReader } from './ports/text-reader';
import type { WindowSource } from './ports/window-source';
import { defaultWindowSensor } from './sensors/default-window-sensor';
import { scoreScamText } from '../../../shared/scam-text/score-scam-text';
import { createOutboxRepository, type OutboxRepository } from './store/outbox-repository';
import { createLinuxProcSource } from './sensors/linux-proc-source';
import { createPsListSource } from './sensors/ps-list-source';
import { checkAgainstCatalog } from '../../../shared/settings/catalog-check';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { createPinGuard, type PinGuard } from './pin/pin-guard';
import { createSetupState, type SetupState } from './setup-state';
import { createHistory, type History } from './history';
import { createHistoryRepository } from './store/history-repository';
import {
  createDatabaseSettings,
  createFileSettings,
  SettingsFileError,
  type SettingsSource,
} from './settings/settings-source';
import { openStore } from './store/database';
import { createChecklistHistory } from './checklist/checklist-history';
import { createChecklistRepository } from './store/checklist-repository';
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
  /** Where processes are read from; by default /proc on Linux, ps-list elsewhere. */
  readonly processSource?: ProcessSource;
  /** How often the process sensor looks, in ms (default 250 on Linux, 1000 elsewhere). */
  readonly processPollMs?: number;
  readonly processControl?: ProcessControl;
  /** First retry delay for caregiver alerts (tests make it short). */
  readonly alertRetryBaseMs?: number;
  /** Burst-summary and follow-up window for caregiver alerts (default one minute). */
  readonly alertWindowMs?: number;
  /** How often an unreachable alert server is probed (default 5 s). */
  readonly alertProbeMs?: number;
  /** Twilio's API base, https://api.twilio.com by default (tests use a local server). */
  readonly twilioApiBase?: string;
  /** Encrypts secrets in the stored settings; by default AES-256-GCM with a key file in the data folder. */
  readonly secretCipher?: SecretCipher;
  /** Milliseconds since the computer started (default os.uptime()); tells a switched-off computer from a stopped Hold On. */
  readonly uptimeMs?: () => number;
  /** Running time that pauses in sleep and hibernation (default: the system's); see ports/active-clock.ts. */
  readonly activeMs?: ActiveClock;
  /** How the app quits when the caregiver asks with the PIN (the shell; the preview host). */
  readonly requestQuit?: () => void;
  /** Where windows are listed; by default X11 on Linux, user32 on Windows, CoreGraphics on macOS. */
  readonly windowSource?: WindowSource | null;
  readonly windowPollMs?: number;
  /** How a display is captured for reading its text (the shell passes Electron's desktopCapturer). */
  readonly screenCapture?: ScreenCapture | null;
  readonly textReader?: TextReader;
}

function defaultProcessSource(): { source: ProcessSource; pollMs: number } {
  // /proc costs one directory read per look, so Linux can look four times a second; ps-list
  // starts a helper process each time, so Windows and macOS look once a second.
  return process.platform === 'linux'
    ? { source: createLinuxProcSource(), pollMs: 250 }
    : { source: createPsListSource(), pollMs: 1000 };
}

/** Everything the app does that is not Electron: store, policy, handlers. Runs under plain Node. */
export interface Core {
  readonly invoke: Invoke;
  readonly bus: EventBus;
  readonly settings: SettingsSource;
  readonly incidents: IncidentRepository;
  readonly events: EventRepository;
  readonly remote: RemoteProtection;
  readonly browser: BrowserProtection;
  readonly notifier: Notifier;
  readonly outbox: OutboxRepository;
  readonly pin: PinGuard;
  readonly setup: SetupState;
  readonly history: History;
  readonly settingsService: SettingsService;
  status(): ProtectionStatus;
  /** Starts the sensors (the app, `holdon watch` and the preview host do; one-shot commands do not). */
  startProtection(): Promise<void>;
  /** Gives queued alerts up to `ms` to go out (the app calls it before quitting). */
  flushAlerts(ms: number): Promise<void>;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  const databasePath = options.databasePath ?? join(options.dataDir, databaseFileName);
  const store = openStore(databasePath, { logger: logger.child('store'), now: () => clock.now() });
  const settingsRepository = createSettingsRepository(store.db);
  const storedEvents = createEventRepository(store.db);
  const incidents = createIncidentRepository(store.db);
  const outbox = createOutboxRepository(store.db);
  const bus = createEventBus((error) => logger.error('event listener failed', { error }));

  const settings: SettingsSource = options.configPath
    ? createFileSettings(options.configPath)
    : createDatabaseSettings(settingsRepository, () => clock.now(), databasePath, {
        cipher: options.secretCipher ?? createKeyFileCipher(options.dataDir),
        onUnreadable: (path) => logger.warn('a stored secret could not be decrypted', { path }),
      });
  const notifier = createNotifier({
    db: store.db,
    incidents,
    outbox,
    settings,
    clock,
    logger: logger.child('alerts'),
    ...(options.alertRetryBaseMs ? { baseDelayMs: options.alertRetryBaseMs } : {}),
    ...(options.alertWindowMs ? { windowMs: options.alertWindowMs } : {}),
    ...(options.alertProbeMs ? { probeIntervalMs: options.alertProbeMs } : {}),
    ...(options.twilioApiBase ? { twilioApiBase: options.twilioApiBase } : {}),
  });
  // Every audit event is written together with the caregiver alerts it calls for (tamper,
  // health, follow-ups), so whoever appends an event never has to know about alerts.
  const appendWithAlerts = store.db.transaction(
    (type: string, detail: Readonly<Record<string, unknown>>, at: number) => {
      const event = storedEvents.append(type, detail, at);
      notifier.queueForEvent(event);
      return event;
    },
  );
  const events: EventRepository = {
    append(type, detail, at) {
      const event = appendWithAlerts(type, detail, at);
      notifier.dispatcher.kick();
      return event;
    },
    list: (limit) => storedEvents.list(limit),
  };
  if (store.recoveredFrom) {
    events.append('store.recovered', { movedTo: store.recoveredFrom }, clock.now());
  }
  const health = createHealthMonitor({
    state: settingsRepository,
    events,
    clock,
    uptimeMs: options.uptimeMs ?? (() => uptime() * 1000),
    activeMs: options.activeMs ?? systemActiveClock(),
  });
  const catalogProblems = checkAgainstCatalog(settings.load(), remoteToolCatalog);
  if (catalogProblems.length > 0) {
    if (settings.kind === 'file') throw new SettingsFileError(settings.location, catalogProblems);
    logger.warn('settings name unknown tools', { problems: catalogProblems.map((p) => p.message) });
  }

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
  const sensor = options.processSource
    ? { source: options.processSource, pollMs: options.processPollMs ?? 250 }
    : { ...defaultProcessSource(), ...(options.processPollMs ? { pollMs: options.processPollMs } : {}) };
  const remote = createRemoteProtection({
    catalog: remoteToolCatalog,
    ...sensor,
    clock,
    logger: logger.child('remote'),
    incidents,
    events,
    bus,
    settings,
    state: settingsRepository,
    protection,
    control: options.processControl ?? systemProcessControl,
    onIncidentsChanged: publishStatus,
    openIncident: (incident) => notifier.openIncident(incident),
  });
  const checklists = createChecklistRepository(store.db);
  const checklistHistory = createChecklistHistory({
    db: store.db,
    checklists,
    events,
    outbox,
    dispatcher: notifier.dispatcher,
    settings,
    now: () => clock.now(),
  });
  const settingsService = createSettingsService({
    settings,
    events,
    catalog: remoteToolCatalog,
    now: () => clock.now(),
    onChanged: (_next, how) => logger.info('settings changed', { how }),
  });
  const pin = createPinGuard({ state: settingsRepository, events, clock });
  const setup = createSetupState({ state: settingsRepository, events, clock });
  const history = createHistory({
    incidents,
    events,
    outbox,
    repository: createHistoryRepository(store.db),
    settings,
    clock,
    logger: logger.child('history'),
  });
  const defaults =
    options.windowSource === undefined || options.screenCapture === undefined ? defaultWindowSensor() : null;
  const browser = createBrowserProtection({
    source: options.windowSource === undefined ? (defaults?.source ?? null) : options.windowSource,
    pollMs: options.windowPollMs ?? defaults?.pollMs ?? 250,
    capture: options.screenCapture === undefined ? (defaults?.capture ?? null) : options.screenCapture,
    reader:
      options.textReader ?? createTesseractReader({ dataDir: options.dataDir, logger: logger.child('ocr') }),
    score: scoreScamText,
    remoteTools: () => remote.runningTools(),
    processes: () => remote.freshProcesses(),
    control: options.processControl ?? systemProcessControl,
    clock,
    logger: logger.child('browser'),
    incidents,
    events,
    bus,
    protection,
    onIncidentsChanged: publishStatus,
    openIncident: (incident) => notifier.openIncident(incident),
  });
  const handlers = createHandlers({
    checklists,
    checklistHistory,
    pin,
    setup,
    history,
    settingsService,
    requestQuit: options.requestQuit,
    status,
    protection,
    remote,
    browser,
    notifier,
    outbox,
    catalog: remoteToolCatalog,
    settings,
    incidents,
    events,
    now: () => clock.now(),
    onIncidentsChanged: (incident) => {
      bus.emit('incident.updated', incident);
      publishStatus();
    },
  });
  const invoke = createDispatcher(handlers, logger.child('api'));
  logger.info('core started', { databasePath, schema: store.schema, settings: settings.kind });

  return {
    invoke,
    bus,
    settings,
    incidents,
    events,
    remote,
    browser,
    notifier,
    outbox,
    pin,
    setup,
    history,
    settingsService,
    status,
    startProtection: async () => {
      history.start();
      notifier.start();
      try {
        health.start();
      } catch (error) {
        // A failed health check must never keep protection from starting.
        logger.error('health monitor failed to start', { error });
      }
      await remote.start();
      await browser.start();
    },
    flushAlerts: (ms) => notifier.flush(ms),
    close() {
      remote.stop();
      health.stop();
      history.stop();
      void browser.stop();
      notifier.stop();
      protection.dispose();
      store.db.close();
      logger.info('core stopped');
    },
  };
}
