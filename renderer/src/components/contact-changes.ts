import type { Channel, Settings } from '../../../shared/settings/settings-schema';

export type Contact = NonNullable<Settings['contacts']>[number];
type PushChannel = Extract<Channel, { type: 'ntfy' }>;

/**
 * A change to the settings, applied to the settings as they are when it lands, not as they were
 * when the screen was drawn. A phone code that arrives while someone types a name must keep both.
 */
export type SettingsChange = (now: Settings) => Settings;

export const changeContacts =
  (change: (contacts: readonly Contact[]) => Contact[]): SettingsChange =>
  (now) => ({ ...now, contacts: change(now.contacts ?? []) });

export const changeContact = (index: number, change: (contact: Contact) => Contact): SettingsChange =>
  changeContacts((contacts) => contacts.map((c, n) => (n === index ? change(c) : c)));

/** A new push channel takes the place of the contact's old one, or joins the end. */
export const withPushChannel =
  (channel: PushChannel) =>
  (contact: Contact): Contact => {
    const at = contact.channels.findIndex((c) => c.type === 'ntfy');
    const channels =
      at < 0 ? [...contact.channels, channel] : contact.channels.map((c, k) => (k === at ? channel : c));
    return { ...contact, channels };
  };
