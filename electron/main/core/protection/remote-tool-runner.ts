import { createMatcher, type Matcher } from '../../../../shared/catalog/matcher';
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import { escalatedIncident, resolvedIncident } from '../../../../shared/engine/incident-changes';
import {
  initialPolicyState,
  pidsOfTool,
  reason,
  step,
  type Decision,
  type PolicyContext,
  type PolicyState,
} from '../../../../shared/engine/remote-tool-policy';
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
  /** The allowed list, trusted session and strict mode, read fresh for every batch of events. */
  readonly context: () => Omit<PolicyContext, 'match'>;
  /** What the process sensor saw last (for ending whole process trees). */
  readonly processes: () => ReadonlyMap<number, ProcessInfo>;
}

export interface RemoteToolRunner {
  readonly matcher: Matcher;
  handle(events: readonly ProcessEvent[]): void;
  endToolSession(toolId: string, incidentId: string | null): Promise<EndSessionResult>;
  state(): PolicyState;
}

/** Feeds process events through the pure remote-tool policy and carries out its decisions. */
export function createRemoteToolRunner(deps: RemoteToolRunnerDeps): RemoteToolRunner {
  const { sink, audit, clock, logger } = deps;
  const matcher = createMatcher(deps.catalog);
  let state = initialPolicyState;

  const toolName = (toolId: string): string =>
    deps.catalog.tools.find((t) => t.id === toolId)?.name ?? toolId;

  const apply = (decision: Decision): void => {
    switch (decision.type) {
      case 'open-incident':
        sink.opened(decision.incident);
        break;
      case 'escalate':
        sink.updated(decision.incidentId, (i) => escalatedIncident(i, decision.severity, decision.reason), {
          type: 'incident.escalated',
          detail: { reason: decision.reason.text },
        });
        break;
      case 'end-session':
        void runner.endToolSession(decision.toolId, decision.incidentId).then((result) => {
          // Strict mode: the reason says Hold On ended it; the session's end has its own news.
          if (result.status === 'ended')
            sink.updated(decision.incidentId, (i) => escalatedIncident(i, 'notice', decision.reason));
        });
        break;
      case 'log':
        audit.append(decision.event, decision.detail, clock.now());
        break;
    }
  };

  const runner: RemoteToolRunner = {
    matcher,
    handle(processEvents) {
      const context: PolicyContext = { ...deps.context(), match: matcher };
      for (const event of processEvents) {
        const result = step(state, event, context);
        state = result.state;
        for (const decision of result.decisions) {
          try {
            apply(decision);
          } catch (error) {
            logger.error('could not carry out a decision', { type: decision.type, error });
          }
        }
      }
    },

    async endToolSession(toolId, incidentId) {
      const name = toolName(toolId);
      const processes = deps.processes();
      // Every process of the tool: those the policy tracks and any other that matches now.
      const roots = new Set(pidsOfTool(state, toolId));
      for (const p of processes.values()) if (matcher(p)?.tool.id === toolId) roots.add(p.pid);
      if (roots.size === 0) {
        if (incidentId) sink.updated(incidentId, (i) => resolvedIncident(i, 'ended-session', clock.now()));
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
        detail: { toolId, status, ended: report.ended.length, remaining },
      };
      if (!incidentId) audit.append(news.type, { ...news.detail, incidentId }, clock.now());
      else if (status === 'ended')
        sink.updated(incidentId, (i) => resolvedIncident(i, 'ended-session', clock.now()), news);
      else
        sink.updated(
          incidentId,
          (i) => escalatedIncident(i, 'danger', reason(`reason.endFailed.${status}`, { tool: name })),
          news,
        );
      return result;
    },

    state: () => state,
  };
  return runner;
}
