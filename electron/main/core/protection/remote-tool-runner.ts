import { createMatcher, type Matcher } from '../../../../shared/catalog/matcher';
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import { escalatedIncident, resolvedIncident } from '../../../../shared/engine/incident-changes';
import {
  initialPolicyState,
  pidsOfTool,
  reason,
  reviewRuns,
  step,
  type Decision,
  type PolicyContext,
  type PolicyState,
} from '../../../../shared/engine/remote-tool-policy';
import type { Incident } from '../../../../shared/model/incident';
import type { EndSessionResult } from '../../../../shared/model/remote-tools';
import type { ProcessEvent } from '../../../../shared/model/sensor-events';
import { endProcesses, processTree, type ProcessControl } from '../actions/end-processes';
import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { IncidentSink } from './incident-sink';

export interface RemoteToolRunnerDeps {
  readonly catalog: Catalog;
  readonly sink: IncidentSink;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly control: ProcessControl;
  /** The allowed list, the help session and strict mode, read fresh for every batch of events. */
  readonly context: () => Omit<PolicyContext, 'match'>;
  /** What the process sensor saw last (for ending whole process trees). */
  readonly processes: () => ReadonlyMap<number, ProcessInfo>;
  /** The open (unresolved) incidents about a tool, to clear when it is gone. */
  readonly openIncidentsOf: (toolId: string) => readonly Incident[];
  /** The warning must come back (the same tool was started again while it is open). */
  readonly raise: () => void;
  /** The tools running now changed (one started, ended, or is now allowed). */
  readonly onRunsChanged: () => void;
}

export interface RemoteToolRunner {
  readonly matcher: Matcher;
  handle(events: readonly ProcessEvent[]): void;
  /** Looks at every run again (a help session started or ended). */
  review(): void;
  /**
   * Brings the policy up to the processes running now, after it heard nothing for a while (a
   * pause): what it tracks and is gone has exited; what runs and it does not track has just
   * started, so a tool started during the pause is raised now.
   */
  catchUp(processes: ReadonlyMap<number, ProcessInfo>): void;
  /**
   * Ends every process of a tool, whole trees, checked gone. The incident, when given, is
   * resolved as `resolution` once the tool is gone, or raised to danger when it is not.
   */
  endToolSession(toolId: string, incidentId: string | null, resolution?: string): Promise<EndSessionResult>;
  state(): PolicyState;
}

/** Feeds process events through the pure remote-tool policy and carries out its decisions. */
export function createRemoteToolRunner(deps: RemoteToolRunnerDeps): RemoteToolRunner {
  const { sink, audit, clock, logger } = deps;
  const matcher = createMatcher(deps.catalog);
  let state = initialPolicyState;

  const toolName = (toolId: string): string =>
    deps.catalog.tools.find((t) => t.id === toolId)?.name ?? toolId;

  /**
   * A warning left open from before a restart about the same tool, which no run tracks: the
   * tool still runs, so that warning is the one that comes back (not a second one beside it).
   */
  const leftOpen = (incident: Incident): Incident | undefined =>
    incident.toolId === null
      ? undefined
      : deps
          .openIncidentsOf(incident.toolId)
          .find((open) => open.id !== incident.id && !state.tools.some((t) => t.incidentId === open.id));

  const apply = (decision: Decision): void => {
    switch (decision.type) {
      case 'open-incident': {
        const earlier = leftOpen(decision.incident);
        if (!earlier) {
          sink.opened(decision.incident);
          break;
        }
        const fresh = decision.incident;
        state = {
          ...state,
          tools: state.tools.map((t) => (t.incidentId === fresh.id ? { ...t, incidentId: earlier.id } : t)),
        };
        sink.updated(earlier.id, (i) => ({ ...i, pid: fresh.pid, processName: fresh.processName }), {
          type: 'incident.resumed',
          detail: { tool: fresh.toolName ?? '' },
        });
        deps.raise();
        break;
      }
      case 'escalate':
        sink.updated(decision.incidentId, (i) => escalatedIncident(i, decision.severity, decision.reason), {
          type: 'incident.escalated',
          detail: { reason: decision.reason.text },
        });
        break;
      case 'end-session':
        // Strict mode: Hold On ends it at once, then explains on a calm screen ("blocked").
        void runner.endToolSession(decision.toolId, decision.incidentId, 'blocked');
        break;
      case 'tool-gone':
        // Nothing is left to do about a tool that is gone: its warnings clear by themselves.
        for (const incident of deps.openIncidentsOf(decision.toolId))
          sink.updated(incident.id, (i) => resolvedIncident(i, 'tool-gone', clock.now()), {
            type: 'incident.cleared',
            detail: { tool: decision.toolName },
          });
        break;
      case 'raise':
        deps.raise();
        break;
      case 'log':
        audit.append(decision.event, decision.detail, clock.now());
        break;
    }
  };

  const applyAll = (decisions: readonly Decision[]): void => {
    for (const decision of decisions) {
      try {
        apply(decision);
      } catch (error) {
        logger.error('could not carry out a decision', { type: decision.type, error });
      }
    }
  };

  const runner: RemoteToolRunner = {
    matcher,
    handle(processEvents) {
      const context: PolicyContext = { ...deps.context(), match: matcher };
      const before = state.tools;
      for (const event of processEvents) {
        const result = step(state, event, context);
        state = result.state;
        applyAll(result.decisions);
      }
      if (state.tools !== before) deps.onRunsChanged();
    },

    catchUp(processes) {
      const at = clock.now();
      const tracked = new Set([
        ...state.tools.flatMap((t) => t.processes.map((p) => p.pid)),
        ...state.showAndTell.map((s) => s.pid),
      ]);
      const events: ProcessEvent[] = [
        ...[...tracked]
          .filter((pid) => !processes.has(pid))
          .map((pid) => ({ type: 'process.exited' as const, at, pid })),
        ...[...processes.values()]
          .filter((p) => !tracked.has(p.pid))
          .map((process) => ({ type: 'process.started' as const, at, process, initial: false })),
      ];
      if (events.length > 0) runner.handle(events);
    },

    review() {
      const result = reviewRuns(state, { ...deps.context(), match: matcher }, clock.now());
      state = result.state;
      applyAll(result.decisions);
      deps.onRunsChanged();
    },

    async endToolSession(toolId, incidentId, resolution = 'ended-session') {
      const name = toolName(toolId);
      const processes = deps.processes();
      // Every process of the tool: those the policy tracks and any other that matches now.
      const roots = new Set(pidsOfTool(state, toolId));
      for (const p of processes.values()) if (matcher(p)?.tool.id === toolId) roots.add(p.pid);
      if (roots.size === 0) {
        if (incidentId) sink.updated(incidentId, (i) => resolvedIncident(i, resolution, clock.now()));
        return { toolId, toolName: name, status: 'not-running', ended: [], remaining: [] };
      }
      const tree = processTree([...roots], processes);
      const report = await endProcesses(tree, deps.control);
      const remaining = [...report.notPermitted, ...report.stillRunning];
      const status: EndSessionResult['status'] =
        remaining.length === 0 ? 'ended' : report.notPermitted.length > 0 ? 'not-permitted' : 'failed';
      const result: EndSessionResult = { toolId, toolName: name, status, ended: report.ended, remaining };
      logger.info('end session', { toolId, status, ended: report.ended.length, remaining: remaining.length });
      const news = {
        type: 'session.ended',
        detail: { toolId, status, ended: report.ended.length, remaining, resolution },
      };
      if (!incidentId) audit.append(news.type, { ...news.detail, incidentId }, clock.now());
      else if (status === 'ended')
        sink.updated(
          incidentId,
          (i) =>
            resolvedIncident(
              resolution === 'blocked' ? escalatedIncident(i, 'notice', reason('reason.strict')) : i,
              resolution,
              clock.now(),
            ),
          news,
        );
      else
        sink.updated(
          incidentId,
          (i) => escalatedIncident(i, 'danger', reason(`reason.endFailed.${status}`, { tool: name })),
          news,
        );
      // What Hold On ended and saw gone is gone now, without waiting for the sensor's next look:
      // the screens must not say "still running" about it for a moment.
      if (status === 'ended')
        runner.handle(report.ended.map((pid) => ({ type: 'process.exited', at: clock.now(), pid })));
      return result;
    },

    state: () => state,
  };
  return runner;
}
