import { resolvedIncident } from '../../../../shared/engine/incident-changes';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import { checkMessage } from '../../../../shared/message-check/check-message';
import type { Incident } from '../../../../shared/model/incident';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { ChecklistHistory } from '../checklist/checklist-history';
import type { Notifier } from '../notifier/notifier';
import type { BrowserLockupProtection } from '../protection/browser-lockup-protection';
import type { IncidentSink } from '../protection/incident-sink';
import type { RemoteToolProtection } from '../protection/remote-tool-protection';
import type { ChecklistRepository } from '../store/checklist-repository';
import type { IncidentRepository } from '../store/incident-repository';
import { createCaregiverHandlers, type CaregiverDeps } from './caregiver-handlers';
import type { Handlers } from './dispatch';

/** How long "I asked someone I know to help me" lets the family's helper stay connected. */
export const trustedHelpMinutes = 60;

export interface HandlerDeps extends CaregiverDeps {
  readonly remote: RemoteToolProtection;
  readonly browser: BrowserLockupProtection;
  readonly notifier: Notifier;
  /** For reading incidents; every change goes through the sink. */
  readonly incidents: IncidentRepository;
  readonly sink: IncidentSink;
  readonly checklists: ChecklistRepository;
  readonly checklistHistory: ChecklistHistory;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { protection, settings, incidents, sink, audit, now } = deps;
  const incidentOf = (id: string, field: string): Incident => {
    const incident = incidents.get(id);
    if (!incident) throw new ApiFailure('not-found', `no incident ${id}`, field);
    return incident;
  };
  return {
    ...createCaregiverHandlers(deps),
    'status.get': () => deps.status(),
    // Starting protection again never needs the PIN: it only makes the computer safer.
    'protection.resume': () => {
      protection.resume('manual');
      return deps.status();
    },
    // Secrets never reach the screens; the settings file itself is exported by the CLI.
    'settings.get': () => settings.load(),
    // Language and country only: the person may change how Hold On speaks without the PIN.
    'settings.update': (changes) => {
      const next: Settings = { ...settings.load() };
      // `null` clears a choice; a field left out stays as it is.
      if (changes.language === null) delete next.language;
      else if (changes.language !== undefined) next.language = changes.language;
      if (changes.country === null) delete next.country;
      else if (changes.country !== undefined) next.country = changes.country;
      return deps.settingsService.save(next, 'update');
    },
    'incidents.list': ({ limit }) => incidents.list(limit),
    'incidents.resolve': ({ id, resolution }) => {
      incidentOf(id, 'id');
      return sink.updated(id, (i) => resolvedIncident(i, resolution, now()), {
        type: 'incident.resolved',
        detail: { resolution },
      }) as Incident;
    },
    'session.end': async ({ incidentId }) => {
      const incident = incidentOf(incidentId, 'incidentId');
      if (!incident.toolId) {
        throw new ApiFailure('bad-request', 'this incident is not about a remote-access tool', 'incidentId');
      }
      return deps.remote.endSession(incident);
    },
    'remoteTools.list': () => deps.remote.scan(),
    'browser.close': async ({ incidentId }) => {
      const incident = incidentOf(incidentId, 'incidentId');
      if (incident.kind !== 'browser-lockup') {
        throw new ApiFailure('bad-request', 'this incident is not about a web page', 'incidentId');
      }
      return deps.browser.closeBrowser(incident);
    },
    'contacts.test': async ({ contactName }) => {
      const known = (settings.load().contacts ?? []).map((c) => c.name);
      if (contactName !== undefined && !known.includes(contactName)) {
        throw new ApiFailure('not-found', `no trusted contact named "${contactName}"`, 'contactName');
      }
      if (known.length === 0)
        throw new ApiFailure('not-found', 'no trusted contacts are set up', 'contactName');
      const chosen = (settings.load().contacts ?? []).filter(
        (c) => contactName === undefined || c.name === contactName,
      );
      if (chosen.every((c) => c.channels.length === 0)) {
        const who = contactName === undefined ? 'no trusted contact has' : `"${contactName}" has`;
        throw new ApiFailure(
          'not-found',
          `${who} any alert channels ("channels" in the settings)`,
          'contactName',
        );
      }
      return deps.notifier.sendTest(contactName);
    },
    'alerts.list': ({ limit }) => deps.notifier.list(limit),
    'help.startTrustedSession': ({ minutes }) => ({ until: deps.remote.startTrustedSession(minutes) }),
    'interruption.choice': ({ incidentId, choice }) => {
      const incident = incidentOf(incidentId, 'incidentId');
      // Every choice that keeps a remote session alive is written down for the caregiver.
      const news = { type: `interruption.${choice}`, detail: { toolId: incident.toolId } };
      if (choice !== 'trusted-help') return sink.updated(incidentId, (i) => i, news) as Incident;
      const resolved = sink.updated(incidentId, (i) => resolvedIncident(i, 'trusted-help', now()), news);
      deps.remote.startTrustedSession(trustedHelpMinutes, incidentId);
      return resolved as Incident;
    },
    'events.list': ({ limit }) => audit.list(limit),
    'checklist.record': ({ answers }) => deps.checklistHistory.record(answers),
    'checklist.share': ({ id, contactName }) => deps.checklistHistory.share(id, contactName),
    'checklist.list': ({ limit }) => deps.checklists.list(limit),
    'message.check': ({ text }) => {
      if (text.trim() === '') throw new ApiFailure('bad-request', 'the message is empty', 'text');
      return checkMessage(text, deps.catalog);
    },
  };
}
