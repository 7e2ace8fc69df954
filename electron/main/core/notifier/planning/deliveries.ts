import type { AlertContext } from '../../../../../shared/alerts/compose-alert';
import { translator } from '../../../../../shared/i18n/i18n';
import type { AlertIncident, AlertMessage } from '../../../../../shared/model/alert';
import type { Incident } from '../../../../../shared/model/incident';
import { channelTarget } from '../../../../../shared/settings/channel-target';
import type { Channel, Settings } from '../../../../../shared/settings/settings-schema';
import type { NewDelivery, Recipient } from '../../store/outbox-repository';
import type { Slot } from './thread-keys';

export type Contact = NonNullable<Settings['contacts']>[number];

/** One contact × channel of the settings, with its place (the places make the keys). */
export interface ChannelSlot extends Slot {
  readonly contact: Contact;
  readonly channel: Channel;
  /** Where it sends, as the outbox and the history show it: never a secret. */
  readonly target: string;
}

/** Every contact × channel in the settings, in their order. */
export function channelSlots(settings: Settings): ChannelSlot[] {
  return (settings.contacts ?? []).flatMap((contact, c) =>
    contact.channels.map((channel, n) => ({ contact, channel, c, n, target: channelTarget(channel) })),
  );
}

/** The channels of one trusted contact, or of all of them (`contactName` undefined). */
export function slotsOf(settings: Settings, contactName: string | undefined): ChannelSlot[] {
  return channelSlots(settings).filter(
    (slot) => contactName === undefined || slot.contact.name === contactName,
  );
}

/** The contact's language and names, for every message to them. */
export function contextFor(contact: Contact, settings: Settings): AlertContext {
  return {
    language: contact.language ?? settings.language ?? 'en',
    seniorName: settings.seniorName,
    computerName: settings.computerName,
  };
}

export const recipientOf = (slot: ChannelSlot): Recipient => ({
  contactName: slot.contact.name,
  channelType: slot.channel.type,
  channelTarget: slot.target,
});

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

/**
 * The one way a delivery is made: to this contact × channel, with its key and kind, and the
 * message with what every message carries (names, the call button) added.
 */
export function buildDelivery(
  slot: ChannelSlot,
  settings: Settings,
  what: {
    readonly key: string;
    readonly kind: NewDelivery['kind'];
    readonly incidentId: string | null;
    readonly message: AlertMessage;
    readonly notBefore?: number;
  },
): NewDelivery {
  return {
    idempotencyKey: what.key,
    incidentId: what.incidentId,
    kind: what.kind,
    ...recipientOf(slot),
    message: { ...what.message, ...messageExtras(contextFor(slot.contact, settings), settings) },
    ...(what.notBefore === undefined ? {} : { notBefore: what.notBefore }),
  };
}
