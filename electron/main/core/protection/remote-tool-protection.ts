import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import { isAllowed } from '../../../../shared/engine/remote-tool-policy';
import type { Incident } from '../../../../shared/model/incident';
import type {
  EndSessionResult,
  RemoteToolNow,
  RemoteToolRun,
  RunningRemoteTool,
} from '../../../../shared/model/remote-tools';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { ProcessControl } from '../actions/end-processes';
import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { ProcessSource } from '../ports/process-source';
import {
  createCachedFileDetailsReader,
  withFileDetails,
  type FileDetailsReader,
} from '../sensors/file-details-source';
import { createProcessWatcher, type ProcessWatcher } from '../sensors/process-watcher';
import type { HelpSession } from './help-session';
import type { IncidentSink } from './incident-sink';
import type { Protection } from './protection-state';
import { createRemoteToolRunner, type RemoteToolRunner } from './remote-tool-runner';

/** The remote-tool wing: the process sensor, the remote-tool policy's runner and its actions. */
export interface RemoteToolProtection {
  readonly runner: RemoteToolRunner;
  readonly watcher: ProcessWatcher;
  start(): Promise<void>;
  stop(): void;
  /** Remote tools running now (from the watcher, or one fresh look when it is not running). */
  scan(): Promise<RunningRemoteTool[]>;
  /**
   * Ends every remote tool a stranger could be using now (warned about, or allowed only by a
   * help session), or just the one named, and says what became of each.
   */
  endTools(toolId?: string): Promise<EndSessionResult[]>;
  /** The remote tools running now, as the person should know them (not the family's always-allowed ones). */
  runsNow(): readonly RemoteToolNow[];
  /** The processes now, looked at afresh (for ending a whole process tree). */
  freshProcesses(): Promise<ReadonlyMap<number, ProcessInfo>>;
  /** The remote tools the policy tracks as running, for the browser-lockup correlation. */
  runningTools(): readonly RemoteToolRun[];
}

export interface RemoteToolProtectionDeps {
  readonly catalog: Catalog;
  readonly source: ProcessSource;
  readonly pollMs: number;
  /** Reads an executable's version resource (default: the PE reader, cached). */
  readonly fileDetails?: FileDetailsReader | undefined;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sink: IncidentSink;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly settings: () => Settings;
  readonly help: HelpSession;
  readonly protection: Protection;
  readonly control: ProcessControl;
  /** The open (unresolved) incidents about a tool, to clear when it is gone. */
  readonly openIncidentsOf: (toolId: string) => readonly Incident[];
  /** The warning must come back. */
  readonly raise: () => void;
  /** The tools running now changed. */
  readonly onRunsChanged: () => void;
}

export function createRemoteToolProtection(deps: RemoteToolProtectionDeps): RemoteToolProtection {
  const { clock, logger } = deps;
  let started = false;
  // A Windows executable whose name the catalog does not know is asked what it is: AnyDesk
  // copied as notepad2.exe still says "AnyDesk Software GmbH" in its version resource.
  const source = withFileDetails(deps.source, {
    wanted: (p) => p.path !== null && /\.exe$/i.test(p.path) && runner.matcher(p) === null,
    read: deps.fileDetails ?? createCachedFileDetailsReader(),
  });

  const context = () => {
    const settings = deps.settings();
    const help = deps.help.current();
    return {
      allowed: settings.allowedTools ?? [],
      helpSession: help ? { until: help.until, toolIds: help.toolIds } : null,
      strict: settings.protection?.level === 'block',
    };
  };

  const watcher = createProcessWatcher({
    source,
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
    openIncidentsOf: deps.openIncidentsOf,
    raise: deps.raise,
    onRunsChanged: deps.onRunsChanged,
  });
  // A help session starting or ending changes what may run: every run is looked at again.
  deps.help.onChange(() => runner.review());
  // A tool started during a pause still runs after it: it is raised as if it had just started.
  deps.protection.onResumed(() => {
    if (started) runner.catchUp(watcher.current());
  });

  const runsNow = (): RemoteToolNow[] =>
    runner
      .state()
      .tools.filter((t) => t.allowedBy === null || t.allowedBy === 'help-session')
      .map((t) => ({
        toolId: t.toolId,
        toolName: t.toolName,
        incidentId: t.incidentId,
        helpSession: t.allowedBy === 'help-session',
        since: t.startedAt,
      }));

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
      const processes = started ? [...watcher.current().values()] : await source.snapshot(new Map());
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
    async endTools(toolId) {
      const chosen = runsNow().filter((t) => toolId === undefined || t.toolId === toolId);
      // One after the other: each ending looks at the processes afresh.
      const results: EndSessionResult[] = [];
      for (const tool of chosen) results.push(await runner.endToolSession(tool.toolId, tool.incidentId));
      return results;
    },
    runsNow,
    async freshProcesses() {
      const list = await source.snapshot(started ? watcher.current() : new Map());
      return new Map(list.map((p) => [p.pid, p]));
    },
    runningTools: () =>
      runner.state().tools.map((t) => ({
        toolId: t.toolId,
        toolName: t.toolName,
        incidentId: t.incidentId,
        // The family's own always-allowed tools and remote utilities never warn; a help session still does.
        allowed: t.allowedBy === 'always' || t.allowedBy === 'utility',
      })),
  };
}
