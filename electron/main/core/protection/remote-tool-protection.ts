import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import { isAllowed } from '../../../../shared/engine/remote-tool-policy';
import type { Incident } from '../../../../shared/model/incident';
import type {
  EndSessionResult,
  RemoteToolRun,
  RunningRemoteTool,
} from '../../../../shared/model/remote-tools';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { ProcessControl } from '../actions/end-processes';
import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { ProcessSource } from '../ports/process-source';
import { createProcessWatcher, type ProcessWatcher } from '../sensors/process-watcher';
import type { SettingsRepository } from '../store/settings-repository';
import type { IncidentSink } from './incident-sink';
import type { Protection } from './protection-state';
import { createRemoteToolRunner, type RemoteToolRunner } from './remote-tool-runner';

const trustedKey = 'protection.trustedSessionUntil';

/** The remote-tool wing: the process sensor, the remote-tool policy's runner and its actions. */
export interface RemoteToolProtection {
  readonly runner: RemoteToolRunner;
  readonly watcher: ProcessWatcher;
  start(): Promise<void>;
  stop(): void;
  /** Remote tools running now (from the watcher, or one fresh look when it is not running). */
  scan(): Promise<RunningRemoteTool[]>;
  /** Ends every process of the incident's tool, whole trees, and says what became of each. */
  endSession(incident: Incident): Promise<EndSessionResult>;
  /** Lets the tools the family allowed for help sessions run for `minutes`. */
  startTrustedSession(minutes: number, incidentId?: string): number;
  /** The processes now, looked at afresh (for ending a whole process tree). */
  freshProcesses(): Promise<ReadonlyMap<number, ProcessInfo>>;
  /** The remote tools the policy tracks as running, for the browser-lockup correlation. */
  runningTools(): readonly RemoteToolRun[];
}

export interface RemoteToolProtectionDeps {
  readonly catalog: Catalog;
  readonly source: ProcessSource;
  readonly pollMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sink: IncidentSink;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly settings: () => Settings;
  /** Where the trusted help session's end is kept. */
  readonly state: SettingsRepository;
  readonly protection: Protection;
  readonly control: ProcessControl;
}

export function createRemoteToolProtection(deps: RemoteToolProtectionDeps): RemoteToolProtection {
  const { clock, logger } = deps;
  let started = false;

  const trustedSessionUntil = (): number | null => {
    const value = deps.state.get(trustedKey);
    return typeof value === 'number' && value > clock.now() ? value : null;
  };
  const context = () => {
    const settings = deps.settings();
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
  const runner = createRemoteToolRunner({
    catalog: deps.catalog,
    sink: deps.sink,
    audit: deps.audit,
    clock,
    logger: logger.child('policy'),
    control: deps.control,
    context,
    processes: () => watcher.current(),
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
    endSession: (incident) =>
      incident.toolId
        ? runner.endToolSession(incident.toolId, incident.id)
        : Promise.reject(new Error(`incident ${incident.id} is not about a remote-access tool`)),
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
    startTrustedSession(minutes, incidentId) {
      const until = clock.now() + minutes * 60_000;
      deps.state.put(trustedKey, until, clock.now());
      // Started from a warning, the incident's thread tells the family (compose-event-alert.ts).
      deps.audit.append(
        'help.trusted-session',
        { minutes, until, ...(incidentId ? { incidentId } : {}) },
        clock.now(),
      );
      return until;
    },
  };
}
