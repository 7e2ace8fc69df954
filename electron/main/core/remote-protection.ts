import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { ProcessInfo } from '../../../shared/catalog/process-info';
import type { RemoteToolRun as RunningRemoteToolRun } from '../../../shared/model/remote-tools';
import type { Incident } from '../../../shared/model/incident';
import { isAllowed } from '../../../shared/engine/remote-tool-policy';
import type { RunningRemoteTool } from '../../../shared/model/remote-tools';
import type { ProcessControl } from './actions/end-processes';
import { createPolicyRunner, type PolicyRunner } from './engine/policy-runner';
import type { EventBus } from './event-bus';
import type { Logger } from './logging/logger';
import type { Clock } from './ports/clock';
import type { ProcessSource } from './ports/process-source';
import type { Protection } from './protection';
import { createProcessWatcher, type ProcessWatcher } from './sensors/process-watcher';
import type { SettingsSource } from './settings/settings-source';
import type { EventRepository } from './store/event-repository';
import type { IncidentRepository } from './store/incident-repository';
import type { SettingsRepository } from './store/settings-repository';

const trustedKey = 'protection.trustedSessionUntil';

export interface RemoteProtection {
  readonly runner: PolicyRunner;
  readonly watcher: ProcessWatcher;
  start(): Promise<void>;
  stop(): void;
  /** Remote tools running now (from the watcher, or one fresh look when it is not running). */
  scan(): Promise<RunningRemoteTool[]>;
  startTrustedSession(minutes: number): number;
  /** The processes now, looked at afresh (for ending a whole process tree). */
  freshProcesses(): Promise<ReadonlyMap<number, ProcessInfo>>;
  /** The remote tools the policy tracks as running, for the browser-lockup correlation. */
  runningTools(): readonly RunningRemoteToolRun[];
}

export interface RemoteProtectionDeps {
  readonly catalog: Catalog;
  readonly source: ProcessSource;
  readonly pollMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly incidents: IncidentRepository;
  readonly events: EventRepository;
  readonly bus: EventBus;
  readonly settings: SettingsSource;
  readonly state: SettingsRepository;
  readonly protection: Protection;
  readonly control: ProcessControl;
  readonly onIncidentsChanged: () => void;
  readonly openIncident: (incident: Incident) => void;
}

/** The process sensor, the remote-tool policy and its actions, wired together. */
export function createRemoteProtection(deps: RemoteProtectionDeps): RemoteProtection {
  const { clock, logger } = deps;
  let started = false;

  const trustedSessionUntil = (): number | null => {
    const value = deps.state.get(trustedKey);
    return typeof value === 'number' && value > clock.now() ? value : null;
  };
  const context = () => {
    const settings = deps.settings.load();
    return {
      allowed: settings.allowedTools ?? [],
      trustedSessionUntil: trustedSessionUntil(),
      strict: settings.protection?.level === 'block',
    };
  };

  const watcher = createProcessWatcher({
    source: deps.source,
    clock,
    intervalMs: deps.pollMs,
    logger: logger.child('processes'),
    // While protection is paused the sensor keeps looking (so nothing is missed on resume)
    // but the policy hears nothing.
    onEvents: (events) => {
      if (deps.protection.pausedUntil() === null) runner.handle(events);
    },
    onHealth: (problem) => deps.protection.setDegraded('processes', problem),
  });
  const runner = createPolicyRunner({
    catalog: deps.catalog,
    incidents: deps.incidents,
    events: deps.events,
    bus: deps.bus,
    clock,
    logger: logger.child('policy'),
    control: deps.control,
    context,
    processes: () => watcher.current(),
    onIncidentsChanged: deps.onIncidentsChanged,
    openIncident: deps.openIncident,
  });

  return {
    runner,
    watcher,
    async start() {
      if (started) return;
      started = true;
      logger.info('remote-tool protection started', { source: deps.source.name, pollMs: deps.pollMs });
      await watcher.start();
    },
    stop() {
      started = false;
      watcher.stop();
    },
    async scan() {
      const processes = started ? [...watcher.current().values()] : await deps.source.snapshot(new Map());
      const ctx = context();
      const now = clock.now();
      return processes.flatMap((p) => {
        const match = runner.matcher(p);
        if (!match) return [];
        return [
          {
            toolId: match.tool.id,
            name: match.tool.name,
            abuse: match.tool.abuse,
            pid: p.pid,
            processName: match.processName,
            allowed: isAllowed(match.tool.id, now, ctx) !== null,
          },
        ];
      });
    },
    async freshProcesses() {
      const list = await deps.source.snapshot(started ? watcher.current() : new Map());
      return new Map(list.map((p) => [p.pid, p]));
    },
    runningTools: () =>
      runner.state().tools.map((t) => ({
        toolId: t.toolId,
        toolName: t.toolName,
        incidentId: t.incidentId,
        // Allowed tools and remote utilities only ever raise a notice.
        allowed: t.severity === 'notice',
      })),
    startTrustedSession(minutes) {
      const until = clock.now() + minutes * 60_000;
      deps.state.put(trustedKey, until, clock.now());
      deps.events.append('help.trusted-session', { minutes, until }, clock.now());
      return until;
    },
  };
}
