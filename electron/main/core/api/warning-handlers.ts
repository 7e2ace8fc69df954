import { resolvedIncident } from '../../../../shared/engine/incident-changes';
import type { EndToolsResult } from '../../../../shared/ipc/contract';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import type { Incident } from '../../../../shared/model/incident';
import type { ProtectionStatus } from '../../../../shared/model/protection';
import type { PinGuard } from '../pin/pin-guard';
import type { BrowserLockupProtection } from '../protection/browser-lockup-protection';
import type { FamilyHelp } from '../protection/family-help';
import type { HelpSession } from '../protection/help-session';
import type { IncidentSink } from '../protection/incident-sink';
import type { RemoteToolProtection } from '../protection/remote-tool-protection';
import type { IncidentRepository } from '../store/incident-repository';
import type { Handlers } from './dispatch';

export type WarningChannel =
  | 'remoteTools.end'
  | 'browser.close'
  | 'interruption.choice'
  | 'help.approve'
  | 'help.end'
  | 'incidents.resolve'
  | 'incidents.picture';

export interface WarningDeps {
  readonly remote: RemoteToolProtection;
  readonly browser: BrowserLockupProtection;
  readonly help: HelpSession;
  readonly familyHelp: FamilyHelp;
  readonly pin: PinGuard;
  /** For reading incidents; every change goes through the sink. */
  readonly incidents: IncidentRepository;
  readonly sink: IncidentSink;
  readonly status: () => ProtectionStatus;
  readonly now: () => number;
}

/**
 * What the warning offers. The way to safety is instant and needs nothing (ending the remote
 * tools, closing the browser). Every way out is written down for the family, and the one that
 * lets a stranger stay connected, a help session, needs the family: the caregiver PIN (or, with
 * push alerts, their answer from the phone).
 */
export function createWarningHandlers(deps: WarningDeps): Pick<Handlers, WarningChannel> {
  const { incidents, sink, now } = deps;
  const incidentOf = (id: string, field: string): Incident => {
    const incident = incidents.get(id);
    if (!incident) throw new ApiFailure('not-found', `no incident ${id}`, field);
    return incident;
  };
  const endTools = async (toolId?: string): Promise<EndToolsResult> => {
    const results = await deps.remote.endTools(toolId);
    return { results, stillRunning: deps.remote.runsNow() };
  };
  return {
    'remoteTools.end': async ({ toolId }) => {
      if (toolId !== undefined && !deps.remote.runsNow().some((t) => t.toolId === toolId)) {
        return { results: [], stillRunning: deps.remote.runsNow() };
      }
      const ended = await endTools(toolId);
      // Everything ended: a help session has nothing left to allow, and must not allow a return.
      if (toolId === undefined && ended.stillRunning.length === 0) deps.help.end('ended');
      return ended;
    },
    'browser.close': async ({ incidentId }) => {
      const incident = incidentOf(incidentId, 'incidentId');
      if (incident.kind !== 'browser-lockup') {
        throw new ApiFailure('bad-request', 'this incident is not about a web page', 'incidentId');
      }
      return deps.browser.closeBrowser(incident);
    },
    'interruption.choice': ({ incidentId, choice }) => {
      const incident = incidentOf(incidentId, 'incidentId');
      // Every choice that keeps a remote session alive is written down for the caregiver; none
      // of them allows anything.
      return sink.updated(incidentId, (i) => i, {
        type: `interruption.${choice}`,
        detail: { toolId: incident.toolId },
      }) as Incident;
    },
    'help.approve': async ({ pin }) => {
      await deps.pin.check(pin);
      const running = deps.remote.runsNow().map((t) => t.toolId);
      if (deps.familyHelp.approve(running, 'pin').length === 0) {
        throw new ApiFailure('not-found', 'no remote-access tool is running to allow', 'pin');
      }
      return deps.status();
    },
    'help.end': async () => {
      const helped = deps.remote.runsNow().filter((t) => t.helpSession);
      const results = [];
      for (const tool of helped) results.push(...(await deps.remote.endTools(tool.toolId)));
      deps.help.end('ended');
      return { results, stillRunning: deps.remote.runsNow() };
    },
    'incidents.resolve': async ({ id, pin }) => {
      await deps.pin.check(pin);
      incidentOf(id, 'id');
      return sink.updated(id, (i) => resolvedIncident(i, 'handled', now()), {
        type: 'incident.resolved',
        detail: { resolution: 'handled' },
      }) as Incident;
    },
    'incidents.picture': ({ incidentId }) => {
      const incident = incidentOf(incidentId, 'incidentId');
      return { dataUrl: incident.kind === 'browser-lockup' ? deps.browser.pictureOf(incidentId) : null };
    },
  };
}
