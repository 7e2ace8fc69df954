import type { Settings } from '../../../../shared/settings/settings-schema';
import type { Incident } from '../../../../shared/model/incident';
import type { ProtectionStatus } from '../../../../shared/model/protection';
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { Protection } from '../protection';
import type { Notifier } from '../notifier/notifier';
import type { BrowserProtection } from '../browser-protection';
import type { RemoteProtection } from '../remote-protection';
import { redactSettings } from '../../../../shared/settings/redact';
import type { OutboxRepository } from '../store/outbox-repository';
import type { SettingsSource } from '../settings/settings-source';
import type { EventRepository } from '../store/event-repository';
import type { IncidentRepository } from '../store/incident-repository';
import { checkMessage } from '../../../../shared/message-check/check-message';
import type { ChecklistHistory } from '../checklist/checklist-history';
import type { ChecklistRepository } from '../store/checklist-repository';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import { createCaregiverHandlers, type CaregiverDeps } from './caregiver-handlers';
import type { Handlers } from './dispatch';

/** How long "I asked someone I know to help me" lets the family's helper stay connected. */
export const trustedHelpMinutes = 60;

export interface HandlerDeps extends CaregiverDeps {
  readonly status: () => ProtectionStatus;
  readonly protection: Protection;
  readonly remote: RemoteProtection;
  readonly browser: BrowserProtection;
  readonly notifier: Notifier;
  readonly outbox: OutboxRepository;
  readonly catalog: Catalog;
  readonly settings: SettingsSource;
  readonly incidents: IncidentRepository;
  readonly events: EventRepository;
  readonly checklists: ChecklistRepository;
  readonly checklistHistory: ChecklistHistory;
  readonly now: () => number;
  readonly onIncidentsChanged: (incident: Incident) => void;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { protection, settings, incidents, events, now } = deps;
  return {
    ...createCaregiverHandlers(deps),
    'status.get': () => deps.status(),
    // Starting protection again never needs the PIN: it only makes the computer safer.
    'protection.resume': () => {
      protection.resume('manual');
      return deps.status();
    },
    // Secrets never reach the screens; the settings file itself is exported by the CLI.
    'settings.get': () => redactSettings(settings.load()),
    // Language and country only: the person may change how Hold On speaks without the PIN.
    'settings.update': (changes) => {
      const next: Settings = { ...settings.load() };
      // `null` clears a choice; a field left out stays as it is.
      if (changes.language === null) delete next.language;
      else if (changes.language !== undefined) next.language = changes.language;
      if (changes.country === null) delete next.country;
      else if (changes.country !== undefined) next.country = changes.country;
      return redactSettings(deps.settingsService.save(next, 'update'));
    },
    'incidents.list': ({ limit }) => incidents.list(limit),
    'incidents.resolve': ({ id, resolution }) => {
      const incident = incidents.resolve(id, resolution, now());
      if (!incident) throw new ApiFailure('not-found', `no incident ${id}`, 'id');
      events.append('incident.resolved', { incidentId: id, resolution }, now());
      deps.onIncidentsChanged(incident);
      return incident;
    },
    'session.end': async ({ incidentId }) => {
      const incident = incidents.get(incidentId);
      if (!incident) throw new ApiFailure('not-found', `no incident ${incidentId}`, 'incidentId');
      if (!incident.toolId) {
        throw new ApiFailure('bad-request', 'this incident is not about a remote-access tool', 'incidentId');
      }
      return deps.remote.runner.endToolSession(incident.toolId, incident.id);
    },
    'remoteTools.list': () => deps.remote.scan(),
    'browser.close': async ({ incidentId }) => {
      const incident = incidents.get(incidentId);
      if (!incident) throw new ApiFailure('not-found', `no incident ${incidentId}`, 'incidentId');
      if (incident.kind !== 'browser-lockup') {
        throw new ApiFailure('bad-request', 'this incident is not about a web page', 'incidentId');
      }
      return deps.browser.closeBrowser(incident.id);
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
    'alerts.list': ({ limit }) => deps.outbox.list(limit),
    'help.startTrustedSession': ({ minutes }) => ({ until: deps.remote.startTrustedSession(minutes) }),
    'interruption.choice': ({ incidentId, choice }) => {
      const incident = incidents.get(incidentId);
      if (!incident) throw new ApiFailure('not-found', `no incident ${incidentId}`, 'incidentId');
      // Every choice that keeps a remote session alive is written down for the caregiver.
      events.append(`interruption.${choice}`, { incidentId, toolId: incident.toolId }, now());
      if (choice !== 'trusted-help') return incident;
      deps.remote.startTrustedSession(trustedHelpMinutes);
      const resolved = incidents.resolve(incidentId, 'trusted-help', now()) ?? incident;
      deps.onIncidentsChanged(resolved);
      return resolved;
    },
    'events.list': ({ limit }) => events.list(limit),
    'checklist.record': ({ answers }) => deps.checklistHistory.record(answers),
    'checklist.share': ({ id, contactName }) => deps.checklistHistory.share(id, contactName),
    'checklist.list': ({ limit }) => deps.checklists.list(limit),
    'message.check': ({ text }) => {
      if (text.trim() === '') throw new ApiFailure('bad-request', 'the message is empty', 'text');
      return checkMessage(text, deps.catalog);
    },
  };
}
