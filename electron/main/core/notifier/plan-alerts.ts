import {
  composeIncidentAlert,
  composeTestAlert,
  type AlertContext,
} from '../../../../shared/alerts/compose-alert';
import { translator } from '../../../../shared/i18n/i18n';
import type { AlertIncident, AlertMessage } from '../../../../shared/model/alert';
import type { Incident } from '../../../../shared/model/incident';
import type { Channel, Settings } from '../../../../shared/settings/settings-schema';
import type { NewDelivery } from '../store/outbox-repository';
import { channelTarget } from '../../../../shared/settings/channel-target';

export type Contact = NonNullable<Settings['contacts']>[number];

/** The contact's language and names, for every message to them. */
export function contextFor(contact: Contact, settings: Settings): AlertContext {
  return {
    language: contact.language ?? settings.language ?? 'en',
    seniorName: settings.seniorName,
    computerName: settings.computerName,
  };
}

/** What every message carries besides its text: names, and the "Call <senior>" button. */
export function messageExtras(ctx: AlertContext, settings: Settings): Partial<AlertMessage> {
  const { t } = translator(ctx.language);
  return {
    ...(settings.seniorName ? { seniorName: settings.seniorName } : {}),
    ...(settings.computerName ? { computerName: settings.computerName } : {}),
    ...(settings.seniorPhone
      ? {
          seniorPhone: settings.seniorPhone,
          callLabel: t('alert.callLabel', { senior: settings.seniorName ?? t('alert.defaultSenior') }),
        }
      : {}),
  };
}

export const alertIncident = (i: Incident): AlertIncident => ({
  id: i.id,
  kind: i.kind,
  severity: i.severity,
  title: i.title,
  toolName: i.toolName,
  detectedAt: i.detectedAt,
});

/** Every contact × channel, with its position (the positions make the idempotency keys). */
export function eachChannel(
  settings: Settings,
): { contact: Contact; channel: Channel; c: number; n: number; target: string }[] {
  return (settings.contacts ?? []).flatMap((contact, c) =>
    contact.channels.map((channel, n) => ({ contact, channel, c, n, target: channelTarget(channel) })),
  );
}

/** The first alert of an incident for one contact × channel. */
export function incidentDelivery(
  incident: Incident,
  settings: Settings,
  at: ReturnType<typeof eachChannel>[number],
): NewDelivery {
  const key = `${incident.id}:${at.c}:${at.n}`;
  const ctx = contextFor(at.contact, settings);
  return {
    idempotencyKey: key,
    incidentId: incident.id,
    kind: 'incident',
    contactName: at.contact.name,
    channelType: at.channel.type,
    channelTarget: at.target,
    message: {
      ...composeIncidentAlert(incident, ctx, key),
      ...messageExtras(ctx, settings),
      incident: alertIncident(incident),
    },
  };
}

/** One delivery per contact × channel for the contacts who asked for this severity. */
export function planIncidentAlerts(incident: Incident, settings: Settings): NewDelivery[] {
  return eachChannel(settings)
    .filter((at) => at.contact.severities.includes(incident.severity))
    .map((at) => incidentDelivery(incident, settings, at));
}

/** A test message to one contact (or all), on every channel. */
export function planTestAlerts(
  settings: Settings,
  contactName: string | undefined,
  now: number,
): NewDelivery[] {
  return eachChannel(settings)
    .filter((at) => contactName === undefined || at.contact.name === contactName)
    .map((at) => {
      const key = `test-${now}:${at.c}:${at.n}`;
      const ctx = contextFor(at.contact, settings);
      return {
        idempotencyKey: key,
        incidentId: null,
        kind: 'test' as const,
        contactName: at.contact.name,
        channelType: at.channel.type,
        channelTarget: at.target,
        message: { ...composeTestAlert(at.contact.name, ctx, key), ...messageExtras(ctx, settings) },
      };
    });
}
