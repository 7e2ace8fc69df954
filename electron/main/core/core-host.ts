import { uptime } from 'node:os';
import { join } from 'node:path';
import { scoreScamText } from '../../../shared/scam-text/score-scam-text';
import { systemProcessControl } from './actions/process-control';
import { createDispatcher } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { createAuditLog, type AuditLog } from './audit-log';
import { remoteToolCatalog } from './catalog';
import { createChecklistHistory } from './checklist/checklist-history';
import type { Core, CoreOptions } from './core';
import { databaseFileName } from './data-dir';
import { createEventBus } from './event-bus';
import { createHistory, type History } from './history';
import { createNotifier, type Notifier } from './notifier/notifier';
import { createTesseractReader } from './ocr/tesseract-reader';
import { createOwnerActions } from './owner-actions';
import { createPinGuard, type PinGuard } from './pin/pin-guard';
import { systemActiveClock } from './ports/active-clock';
import { systemClock } from './ports/clock';
import {
  createBrowserLockupProtection,
  type BrowserLockupProtection,
} from './protection/browser-lockup-protection';
import { createHealthMonitor } from './protection/health-monitor';
import { createIncidentSink, type IncidentSink } from './protection/incident-sink';
import { createProtection, createStatusView } from './protection/protection-state';
import { createRemoteToolProtection, type RemoteToolProtection } from './protection/remote-tool-protection';
import { defaultProcessSensor, defaultWindowSensor } from './sensors/default-sensors';
import { createKeyFileCipher } from './settings/key-file-cipher';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { createDatabaseSettings, createFileSettings, type SettingsSource } from './settings/settings-source';
import { createSetupState, type SetupState } from './setup-state';
import { createChecklistRepository } from './store/checklist-repository';
import { openStore } from './store/database';
import { createEventRepository } from './store/event-repository';
import { createHistoryRepository } from './store/history-repository';
import { createIncidentRepository, type IncidentRepository } from './store/incident-repository';
import { createSettingsRepository } from './store/settings-repository';

export type { Core, CoreOptions } from './core';

/** The wired parts, for tests and benchmarks that drive one piece directly; hosts use `Core`. */
export interface CoreParts {
  readonly incidents: IncidentRepository;
  readonly sink: IncidentSink;
  readonly audit: AuditLog;
  readonly notifier: Notifier;
  readonly settings: SettingsSource;
  readonly settingsService: SettingsService;
  readonly remote: RemoteToolProtection;
  readonly browser: BrowserLockupProtection;
  readonly pin: PinGuard;
  readonly setup: SetupState;
  readonly history: History;
}

/** The composition root: makes every part of the core and wires them together, nothing more. */
export function composeCore(options: CoreOptions): { core: Core; parts: CoreParts } {
  const clock = options.clock ?? systemClock;
  const now = (): number => clock.now();
  const logger = options.logger;
  const databasePath = options.databasePath ?? join(options.dataDir, databaseFileName);
  const store = openStore(databasePath, { logger: logger.child('store'), now });
  const { db } = store;
  const state = createSettingsRepository(db);
  const incidents = createIncidentRepository(db);
  const bus = createEventBus((error) => logger.error('event listener failed', { error }));
  const control = options.processControl ?? systemProcessControl;

  const settings = options.configPath
    ? createFileSettings(options.configPath)
    : createDatabaseSettings(state, now, databasePath, {
        cipher: options.secretCipher ?? createKeyFileCipher(options.dataDir),
        onUnreadable: (path) => logger.warn('a stored secret could not be decrypted', { path }),
      });
  const notifier = createNotifier({
    db,
    incidents,
    settings: () => settings.load(),
    revealSettings: () => settings.reveal(),
    clock,
    logger: logger.child('alerts'),
    ...(options.alertRetryBaseMs ? { baseDelayMs: options.alertRetryBaseMs } : {}),
    ...(options.alertWindowMs ? { windowMs: options.alertWindowMs } : {}),
    ...(options.alertProbeMs ? { probeIntervalMs: options.alertProbeMs } : {}),
    ...(options.twilioApiBase ? { twilioApiBase: options.twilioApiBase } : {}),
  });
  const audit = createAuditLog({ db, events: createEventRepository(db), notifier });
  if (store.recoveredFrom) audit.append('store.recovered', { movedTo: store.recoveredFrom }, now());

  const protection = createProtection({ state, audit, clock, onChange: () => statusView.publish() });
  const statusView = createStatusView({
    protection,
    openIncidents: () => incidents.countOpen(),
    bus,
    store,
    electronVersion: options.electronVersion ?? null,
  });
  const sink = createIncidentSink({
    db,
    incidents,
    audit,
    notifier,
    bus,
    publishStatus: statusView.publish,
    clock,
    logger: logger.child('incidents'),
  });
  const settingsService = createSettingsService({
    settings,
    audit,
    catalog: remoteToolCatalog,
    now,
    logger: logger.child('settings'),
  });
  const health = createHealthMonitor({
    state,
    audit,
    clock,
    uptimeMs: options.uptimeMs ?? (() => uptime() * 1000),
    activeMs: options.activeMs ?? systemActiveClock(),
  });

  const processSensor = options.processSource
    ? { source: options.processSource, pollMs: 250 }
    : defaultProcessSensor();
  const remote = createRemoteToolProtection({
    catalog: remoteToolCatalog,
    source: processSensor.source,
    pollMs: options.processPollMs ?? processSensor.pollMs,
    clock,
    logger: logger.child('remote'),
    sink,
    audit,
    settings: () => settings.load(),
    state,
    protection,
    control,
  });
  const windowSensor =
    options.windowSource === undefined || options.screenCapture === undefined ? defaultWindowSensor() : null;
  const browser = createBrowserLockupProtection({
    source: options.windowSource === undefined ? (windowSensor?.source ?? null) : options.windowSource,
    pollMs: options.windowPollMs ?? windowSensor?.pollMs ?? 250,
    capture: options.screenCapture === undefined ? (windowSensor?.capture ?? null) : options.screenCapture,
    reader:
      options.textReader ?? createTesseractReader({ dataDir: options.dataDir, logger: logger.child('ocr') }),
    score: scoreScamText,
    remoteTools: () => remote.runningTools(),
    processes: () => remote.freshProcesses(),
    control,
    clock,
    logger: logger.child('browser'),
    sink,
    audit,
    protection,
  });

  const checklists = createChecklistRepository(db);
  const pin = createPinGuard({ state, audit, clock });
  const setup = createSetupState({ state, audit, clock });
  const history = createHistory({
    incidents,
    audit,
    notifier,
    repository: createHistoryRepository(db),
    settings: () => settings.load(),
    clock,
    logger: logger.child('history'),
  });
  const handlers = createHandlers({
    checklists,
    checklistHistory: createChecklistHistory({
      db,
      checklists,
      audit,
      notifier,
      settings: () => settings.load(),
      now,
    }),
    pin,
    setup,
    history,
    settings,
    settingsService,
    requestQuit: options.requestQuit,
    status: statusView.status,
    protection,
    remote,
    browser,
    notifier,
    catalog: remoteToolCatalog,
    incidents,
    sink,
    audit,
    now,
  });
  logger.info('core started', { databasePath, schema: store.schema, settings: settings.kind });

  const core: Core = {
    invoke: createDispatcher(handlers, logger.child('api')),
    bus,
    status: statusView.status,
    owner: createOwnerActions({ settings, settingsService, pin, browser, audit, now }),
    async startProtection() {
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
    async stopProtection() {
      remote.stop();
      await browser.stop();
    },
    flushAlerts: (ms) => notifier.flush(ms),
    close() {
      remote.stop();
      health.stop();
      history.stop();
      void browser.stop();
      notifier.stop();
      protection.dispose();
      db.close();
      logger.info('core stopped');
    },
  };
  const parts = {
    incidents,
    sink,
    audit,
    notifier,
    settings,
    settingsService,
    remote,
    browser,
    pin,
    setup,
    history,
  };
  return { core, parts };
}

export const createCore = (options: CoreOptions): Core => composeCore(options).core;
