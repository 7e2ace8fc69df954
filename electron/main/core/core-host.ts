import { join } from 'node:path';
import { scoreScamText } from '../../../shared/scam-text/score-scam-text';
import { systemProcessControl } from './actions/process-control';
import { createDispatcher } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { createAuditLog } from './audit-log';
import { catalogToolName, remoteToolCatalog } from './catalog';
import { createChecklistHistory } from './checklist/checklist-history';
import type { Core, CoreOptions, CoreParts } from './core';
import { databaseFileName } from './data-dir';
import { createEventBus } from './event-bus';
import { createHistory } from './history';
import { createNotifier } from './notifier/notifier';
import { createTesseractReader } from './ocr/tesseract-reader';
import { createOwnerActions } from './owner-actions';
import { createPinGuard } from './pin/pin-guard';
import { systemClock } from './ports/clock';
import { createBrowserLockupProtection } from './protection/browser-lockup-protection';
import { createFamilyHelp } from './protection/family-help';
import { createHealthWatch } from './protection/health-watch';
import { createHelpSession } from './protection/help-session';
import { createIncidentSink } from './protection/incident-sink';
import { createLifecycle } from './protection/lifecycle';
import { createProtection, createStatusView } from './protection/protection-state';
import { createRemoteToolProtection } from './protection/remote-tool-protection';
import { reportStore } from './protection/store-report';
import { chooseProcessSensor, chooseWindowSensor } from './sensors/default-sensors';
import { createKeyFileCipher } from './settings/key-file-cipher';
import { secretHealth } from './settings/secret-health';
import { createSettingsService } from './settings/settings-service';
import { openSettings } from './settings/settings-source';
import { createSetupState } from './setup-state';
import { createChecklistRepository } from './store/checklist-repository';
import { openStore } from './store/database';
import { keptInRecoveryFile } from './store/recovery';
import { createEventRepository } from './store/event-repository';
import { createHistoryRepository } from './store/history-repository';
import { createPictureRepository } from './store/picture-repository';
import { createSettingsRepository } from './store/settings-repository';
import { createIncidentView } from './store/unsaved-incidents';

export type { Core, CoreOptions, CoreParts } from './core';

/** The composition root: makes every part of the core and wires them together, nothing more. */
export function composeCore(options: CoreOptions): { core: Core; parts: CoreParts } {
  const clock = options.clock ?? systemClock;
  const now = (): number => clock.now();
  const logger = options.logger;
  const databasePath = options.databasePath ?? join(options.dataDir, databaseFileName);
  const fallbackToMemory = options.keepProtectingIfStoreFails === true;
  const store = openStore(databasePath, { logger: logger.child('store'), now, fallbackToMemory });
  const { db } = store;
  const state = createSettingsRepository(db, (key) => keptInRecoveryFile(key) && store.saveRecoveryFile());
  const incidents = createIncidentView(db);
  const bus = createEventBus((error) => logger.error('event listener failed', { error }));
  const load = () => settings.load();
  const keyFile = createKeyFileCipher(options.dataDir);
  const cipher = options.secretCipher ?? keyFile;
  const settings = openSettings(options.configPath, state, now, databasePath, {
    cipher,
    ...secretHealth(() => protection, logger.child('secrets')),
    lastGood: () => store.lastGood('settings'),
  });
  const notifier = createNotifier({
    db,
    incidents,
    settings: load,
    ...{ revealSettings: () => settings.reveal(), revealFormer: () => settings.revealFormer() },
    clock,
    logger: logger.child('alerts'),
    tuning: options,
    protectedSince: () => setup.completedAt(),
    answers: () => familyHelp,
    onReachChanged: () => statusView.publish(),
  });
  const audit = createAuditLog({ db, events: createEventRepository(db), notifier });

  const protection = createProtection({ state, audit, clock, onChange: () => statusView.publish() });
  const help = createHelpSession({ state, audit, clock });
  const statusView = createStatusView({
    protection,
    openIncidents: (limit) => incidents.listOpen(limit),
    remoteTools: () => remote.runsNow(),
    help: () => help.current(),
    toolName: catalogToolName,
    family: () => notifier.reach(),
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
    raise: statusView.raise,
    ...{ clock, protection },
    logger: logger.child('incidents'),
  });
  const settingsService = createSettingsService({
    settings,
    audit,
    catalog: remoteToolCatalog,
    now,
    logger: logger.child('settings'),
    onSaved: () => notifier.refreshAnswers(),
  });
  const health = createHealthWatch({
    ...{ db, state, audit, clock, options, protection, logger: logger.child('windows') },
    heartbeat: () => settings.reveal().heartbeat ?? null,
  });

  // What both protection wings share: where incidents go, the audit log, pause, process control.
  const wing = { clock, sink, audit, protection, control: options.processControl ?? systemProcessControl };
  const remote = createRemoteToolProtection({
    ...wing,
    ...chooseProcessSensor(options, logger.child('processes')),
    catalog: remoteToolCatalog,
    logger: logger.child('remote'),
    settings: load,
    help,
    openIncidentsOf: (toolId) => incidents.openFor(toolId),
    raise: statusView.raise,
    onRunsChanged: statusView.publish,
  });
  const browser = createBrowserLockupProtection({
    ...wing,
    ...chooseWindowSensor(options),
    reader:
      options.textReader ?? createTesseractReader({ dataDir: options.dataDir, logger: logger.child('ocr') }),
    score: scoreScamText,
    remoteTools: () => remote.runningTools(),
    processes: () => remote.freshProcesses(),
    logger: logger.child('browser'),
    pictures: createPictureRepository(db),
  });

  const familyHelp = createFamilyHelp({ ...wing, remote, help, incidents, logger: logger.child('family') });
  const checklists = createChecklistRepository(db);
  const pin = createPinGuard({ state, audit, clock, ciphers: [cipher, keyFile] });
  const setup = createSetupState({ state, audit, clock });
  const history = createHistory({
    incidents,
    audit,
    notifier,
    repository: createHistoryRepository(db),
    settings: load,
    clock,
    logger: logger.child('history'),
  });
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
    health,
  };
  const handlers = createHandlers({
    ...parts,
    checklists,
    checklistHistory: createChecklistHistory({ db, checklists, audit, notifier, settings: load, now }),
    requestQuit: options.requestQuit,
    status: statusView.status,
    protection,
    catalog: remoteToolCatalog,
    help,
    familyHelp,
    ntfyServer: options.ntfyServer,
    now,
  });
  reportStore(store, { audit, protection, settings, now: now() });
  settings.reveal(); // says at once (degraded, and reported) when a stored secret cannot be read
  const lifecycle = createLifecycle({ ...parts, db, clock, logger, help, protection });
  logger.info('core started', { databasePath, schema: store.schema, settings: settings.kind });

  const core: Core = {
    invoke: createDispatcher(handlers, logger.child('api')),
    bus,
    status: statusView.status,
    owner: createOwnerActions({ settings, settingsService, pin, browser, audit, now, health }),
    startProtection: () => lifecycle.start(),
    stopProtection: () => lifecycle.stop(),
    flushAlerts: (ms) => notifier.flush(ms),
    close: () => lifecycle.close(),
  };
  return { core, parts };
}

export const createCore = (options: CoreOptions): Core => composeCore(options).core;
