import { composeIncidentAlert, composeTestAlert } from '../../../../shared/alerts/compose-alert';
import type { Incident } from '../../../../shared/model/incident';
import type { Channel, Settings } from '../../../../shared/settings/settings-schema';
import type { NewDelivery } from '../store/outbox-repository';

type Contact = NonNullable<Settings['contacts']>[number];

/** Where a channel goes, without its secret. */
const target = (channel: Channel): string => {
  switch (channel.type) {
    case 'email':
    case 'sms':
      return channel.to;
    case 'ntfy':
      return `${channel.server ?? 'https://ntfy.sh'}/${channel.topic}`;
    case 'webhook':
      return new URL(channel.url).origin;
  }
};

function context(contact: Contact, settings: Settings) {
  return {
    language: contact.language ?? settings.language ?? 'en',
    seniorName: settings.seniorName,
    computerName: settings.computerName,
  };
}

/** One delivery per contact × channel for the contacts who asked for this severity. */
export function planIncidentAlerts(incident: Incident, settings: Settings): NewDelivery[] {
  return (settings.contacts ?? []).flatMap((contact, c) =>
    contact.severities.includes(incident.severity)
      ? contact.channels.map((channel, n) => {
          const key = `${incident.id}:${c}:${n}`;
          return {
            idempotencyKey: key,
            incidentId: incident.id,
            kind: 'incident' as const,
            contactName: contact.name,
            channelType: channel.type,
            channelTarget: target(channel),
            message: composeIncidentAlert(incident, context(contact, settings), key),
          };
        })
      : [],
  );
}

/** A test message to one contact (or all), on every channel. */
export function planTestAlerts(
  settings: Settings,
  contactName: string | undefined,
  now: number,
): NewDelivery[] {
  return (settings.contacts ?? []).flatMap((contact, c) =>
    contactName !== undefined && contact.name !== contactName
      ? []
      : contact.channels.map((channel, n) => {
          const key = `test-${now}:${c}:${n}`;
          return {
            idempotencyKey: key,
            incidentId: null,
            kind: 'test' as const,
            contactName: contact.name,
            channelType: channel.type,
            channelTarget: target(channel),
            message: composeTestAlert(contact.name, context(contact, settings), key),
          };
        }),
  );
}
