import type { Settings } from './settings-schema';

/**
 * Every secret in the settings, where it sits, and what identifies the thing it belongs to
 * (so a secret follows its channel when contacts are reordered): the SMTP password inside
 * `email.smtpUrl`, each ntfy channel's `token`, each webhook's `secret`, `twilio.authToken`.
 */
export interface SecretSlot {
  /** Dotted path, e.g. `contacts[0].channels[1].token` (`email.smtpUrl` means its password). */
  readonly path: string;
  /** Stable identity: the same account, topic or URL has the same id. */
  readonly id: string;
  readonly value: string;
}

/** A user name or password as written in an address: "%40" is "@", and a lone "%" is itself. */
export function decodedPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The password in an address, decoded (a password with a "%" in it is still a password). */
export const urlPassword = (url: URL): string => decodedPart(url.password);

function smtpPassword(smtpUrl: string): { url: URL; password: string } | null {
  try {
    const url = new URL(smtpUrl);
    return url.password ? { url, password: urlPassword(url) } : null;
  } catch {
    return null;
  }
}

export function secretSlots(settings: Settings): SecretSlot[] {
  const slots: SecretSlot[] = [];
  const smtp = settings.email ? smtpPassword(settings.email.smtpUrl) : null;
  if (smtp) {
    slots.push({
      path: 'email.smtpUrl',
      id: `smtp:${smtp.url.username}@${smtp.url.host}`,
      value: smtp.password,
    });
  }
  if (settings.heartbeat) {
    slots.push({ path: 'heartbeat.url', id: 'heartbeat', value: settings.heartbeat.url });
  }
  if (settings.twilio) {
    slots.push({
      path: 'twilio.authToken',
      id: `twilio:${settings.twilio.accountSid}`,
      value: settings.twilio.authToken,
    });
  }
  (settings.contacts ?? []).forEach((contact, c) =>
    contact.channels.forEach((channel, n) => {
      const path = `contacts[${c}].channels[${n}]`;
      if (channel.type === 'ntfy' && channel.token !== undefined) {
        slots.push({
          path: `${path}.token`,
          id: `ntfy:${channel.server ?? ''}/${channel.topic}`,
          value: channel.token,
        });
      }
      if (channel.type === 'webhook') {
        slots.push({ path: `${path}.secret`, id: `webhook:${channel.url}`, value: channel.secret });
      }
    }),
  );
  return slots;
}

/** A copy of the settings with the secret at each path replaced by `replace(slot)`. */
export function replaceSecrets(settings: Settings, replace: (slot: SecretSlot) => string): Settings {
  const slots = new Map(secretSlots(settings).map((s) => [s.path, s]));
  if (slots.size === 0) return settings;
  const with_ = (path: string, current: string): string => {
    const slot = slots.get(path);
    return slot ? replace(slot) : current;
  };
  const next: Settings = { ...settings };
  if (settings.email && slots.has('email.smtpUrl')) {
    const url = new URL(settings.email.smtpUrl);
    url.password = encodeURIComponent(with_('email.smtpUrl', ''));
    next.email = { ...settings.email, smtpUrl: url.toString() };
  }
  if (settings.twilio) {
    next.twilio = { ...settings.twilio, authToken: with_('twilio.authToken', settings.twilio.authToken) };
  }
  if (settings.heartbeat) {
    next.heartbeat = { ...settings.heartbeat, url: with_('heartbeat.url', settings.heartbeat.url) };
  }
  if (settings.contacts) {
    next.contacts = settings.contacts.map((contact, c) => ({
      ...contact,
      channels: contact.channels.map((channel, n) => {
        const path = `contacts[${c}].channels[${n}]`;
        if (channel.type === 'ntfy' && channel.token !== undefined)
          return { ...channel, token: with_(`${path}.token`, channel.token) };
        if (channel.type === 'webhook')
          return { ...channel, secret: with_(`${path}.secret`, channel.secret) };
        return channel;
      }),
    }));
  }
  return next;
}
