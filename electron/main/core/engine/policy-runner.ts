import { createMatcher, type Matcher } from '../../../../shared/catalog/matcher';
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import {
  initialPolicyState,
  pidsOfTool,
  reason,
  step,
  type Decision,
  type PolicyContext,
  type PolicyState,
} from '../../../../shared/engine/remote-tool-policy';
import type { ProcessEvent } from '../../../../shared/model/sensor-events';
import type { Incident } from '../../../../shared/model/incident';
import type { EndSessionResult } from '../../../../shared/model/remote-tools';
import { endProcesses, processTree, type ProcessControl } from '../actions/end-processes';
import type { EventBus } from '../event-bus';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { EventRepository } from '../store/event-repository';
import type { IncidentRepository } from '../store/incident-repository';

export interface PolicyRunnerDeps {
  readonly catalog: Catalog;
  readonly incidents: IncidentRepository;
  readonly events: EventRepository;
  readonly bus: EventBus;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly control: ProcessControl;
  /** The allowed list, trusted session and strict mode, read fresh for every event. */
  readonly context: () => Omit<PolicyContext, 'match'>;
  /** What the process sensor saw last (for ending whole process trees). */
  readonly processes: () => ReadonlyMap<number, ProcessInfo>;
  readonly onIncidentsChanged: () => void;
  /** Stores a new incident (with its caregiver alerts, in one transaction). */
  readonly openIncident: (incident: Incident) => void;
}

export interface PolicyRunner {
  readonly matcher: Matcher;
  handle(events: readonly ProcessEvent[]): void;
  endToolSession(toolId: string, incidentId: string | null): Promise<EndSessionResult>;
  state(): PolicyState;
}

/** Feeds sensor events through the pure policy and carries out its decisions. */
export function createPolicyRunner(deps: PolicyRunnerDeps): PolicyRunner {
  const { incidents, events, bus, clock, logger } = deps;
  const matcher = createMatcher(deps.catalog);
  let state = initialPolicyState;

  const toolName = (toolId: string): string =>
    deps.catalog.tools.find((t) => t.id === toolId)?.name ?? toolId;

  const publish = (incident: Incident | null, opened: boolean): void => {
    if (!incident) return;
    bus.emit(opened ? 'incident.opened' : 'incident.updated', incident);
    deps.onIncidentsChanged();
  };

  const apply = (decision: Decision): void => {
    switch (decision.type) {
      case 'open-incident':
        deps.openIncident(decision.incident);
        logger.info('incident opened', { id: decision.incident.id, severity: decision.incident.severity });
        publish(decision.incident, true);
        break;
      case 'escalate':
        publish(incidents.escalate(decision.incidentId, decision.severity, decision.reason), false);
        events.append(
          'incident.escalated',
          { incidentId: decision.incidentId, reason: decision.reason.text },
          clock.now(),
        );
        break;
      case 'end-session':
        void runner.endToolSession(decision.toolId, decision.incidentId).then((result) => {
          if (result.status === 'ended') {
            publish(incidents.escalate(decision.incidentId, 'notice', decision.reason), false);
          }
        });
        break;
      case 'log':
        events.append(decision.event, decision.detail, clock.now());
        break;
    }
  };

  const runner: PolicyRunner = {
    matcher,
    handle(sensorEvents) {
      const context: PolicyContext = { ...deps.context(), match: matcher };
      for (const event of sensorEvents) {
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
        const result: EndSessionResult = {
          toolId,
          toolName: name,
          status: 'not-running',
          ended: [],
          remaining: [],
        };
        if (incidentId) publish(incidents.resolve(incidentId, 'ended-session', clock.now()), false);
        return result;
      }
      const tree = processTree([...roots], processes);
      const report = await endProcesses(tree, deps.control);
      const remaining = [...report.notPermitted, ...report.stillRunning];
      const status: EndSessionResult['status'] =
        remaining.length === 0 ? 'ended' : report.notPermitted.length > 0 ? 'not-permitted' : 'failed';
      const result: EndSessionResult = { toolId, toolName: name, status, ended: report.ended, remaining };
      events.append(
        'session.ended',
        { toolId, incidentId, status, ended: report.ended.length, remaining },
        clock.now(),
      );
      logger.info('end session', { toolId, status, ended: report.ended.length, remaining: remaining.length });
      if (incidentId && status === 'ended')
        publish(incidents.resolve(incidentId, 'ended-session', clock.now()), false);
      else if (incidentId && status !== 'ended') {
        publish(
          incidents.escalate(incidentId, 'danger', reason(`reason.endFailed.${status}`, { tool: name })),
          false,
        );
      }
      return result;
    },

    state: () => state,
  };
  return runner;
}
