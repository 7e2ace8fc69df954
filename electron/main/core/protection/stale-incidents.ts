import { resolvedIncident } from '../../../../shared/engine/incident-changes';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import type { RemoteToolNow } from '../../../../shared/model/remote-tools';
import type { IncidentRepository } from '../store/incident-repository';
import type { IncidentSink } from './incident-sink';

/**
 * At start, after the first look at the processes: warnings left open from before (Hold On was
 * stopped, the computer restarted) whose tool or browser is gone have nothing left to do, and
 * clear, saying so in the history. Those whose tool still runs stay open, and the warning comes
 * back for them.
 */
export function clearStaleIncidents(deps: {
  readonly incidents: Pick<IncidentRepository, 'listOpen'>;
  readonly sink: IncidentSink;
  readonly runningTools: readonly RemoteToolNow[];
  readonly processes: ReadonlyMap<number, ProcessInfo>;
  readonly now: number;
}): number {
  const running = new Set(deps.runningTools.map((t) => t.toolId));
  let cleared = 0;
  for (const incident of deps.incidents.listOpen(500)) {
    const gone =
      incident.kind === 'browser-lockup'
        ? incident.pid === null || !deps.processes.has(incident.pid)
        : incident.toolId === null || !running.has(incident.toolId);
    if (!gone) continue;
    const resolution = incident.kind === 'browser-lockup' ? 'page-closed' : 'tool-gone';
    deps.sink.updated(incident.id, (i) => resolvedIncident(i, resolution, deps.now), {
      type: 'incident.cleared',
      detail: { tool: incident.toolName ?? '', atStart: true },
    });
    cleared += 1;
  }
  return cleared;
}
