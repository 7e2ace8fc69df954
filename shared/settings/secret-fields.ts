import { masked, redactedSecret, type MaskKind } from './masked-secret';
import type { Settings } from './settings-schema';

/**
 * Every secret in the settings, where it sits, and what identifies the thing it belongs to
 * (so a secret follows its channel when contacts are reordered): the SMTP password inside
 * `email.smtpUrl`, the heartbeat address, each push channel's topic, reply topic and `token`,
 * each webhook's address and `secret`, the Twilio account and its token.
 */
export interface SecretSlot {
  /** Dotted path, e.g. `contacts[0].channels[1].token` (`email.smtpUrl` means its password). */
  readonly path: string;
  /** Stable identity: the same account, topic or URL has the same id. */
  readonly id: string;
  readonly value: string;
  /** Secrets that name where alerts go have a masked form; the others are "•••". */
  readonly kind: MaskKind | null;
  /** What the screens and the stored document see instead of the value. */
  readonly masked: string;
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
  const add = (path: string, id: string, value: string, kind: MaskKind | null = null): void => {
    slots.push({ path, id, value, kind, masked: kind ? masked(kind, value) : redactedSecret });
  };
  const smtp = settings.email ? smtpPassword(settings.email.smtpUrl) : null;
  if (smtp) add('email.smtpUrl', `smtp:${smtp.url.username}@${smtp.url.host}`, smtp.password);
  if (settings.heartbeat) add('heartbeat.url', 'heartbeat', settings.heartbeat.url);
  if (settings.twilio) {
    const account = masked('sid', settings.twilio.accountSid);
    add('twilio.accountSid', `twilio-sid:${account}`, settings.twilio.accountSid, 'sid');
    add('twilio.authToken', `twilio:${account}`, settings.twilio.authToken);
  }
  (settings.contacts ?? []).forEach((contact, c) =>
    contact.channels.forEach((channel, n) => {
      const path = `contacts[${c}].channels[${n}]`;
      if (channel.type === 'ntfy') {
        const topic = `${channel.server ?? ''}/${masked('topic', channel.topic)}`;
        add(`${path}.topic`, `ntfy-topic:${topic}`, channel.topic, 'topic');
        if (channel.replyTopic !== undefined) {
          const reply = masked('topic', channel.replyTopic);
          add(`${path}.replyTopic`, `ntfy-reply:${topic}/${reply}`, channel.replyTopic, 'topic');
        }
        if (channel.token !== undefined) add(`${path}.token`, `ntfy:${topic}`, channel.token);
      }
      if (channel.type === 'webhook') {
        const url = masked('url', channel.url);
        add(`${path}.url`, `webhook-url:${url}`, channel.url, 'url');
        add(`${path}.secret`, `webhook:${url}`, channel.secret);
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
    next.twilio = {
      ...settings.twilio,
      accountSid: with_('twilio.accountSid', settings.twilio.accountSid),
      authToken: with_('twilio.authToken', settings.twilio.authToken),
    };
  }
  if (settings.heartbeat) {
    next.heartbeat = { ...settings.heartbeat, url: with_('heartbeat.url', settings.heartbeat.url) };
  }
  if (settings.contacts) {
    next.contacts = settings.contacts.map((contact, c) => ({
      ...contact,
      channels: contact.channels.map((channel, n) => {
        const path = `contacts[${c}].channels[${n}]`;
        const optional = (field: 'replyTopic' | 'token', value: string | undefined) =>
          value === undefined ? {} : { [field]: with_(`${path}.${field}`, value) };
        if (channel.type === 'ntfy')
          return {
            ...channel,
            topic: with_(`${path}.topic`, channel.topic),
            ...optional('replyTopic', channel.replyTopic),
            ...optional('token', channel.token),
          };
        if (channel.type === 'webhook')
          return {
            ...channel,
            url: with_(`${path}.url`, channel.url),
            secret: with_(`${path}.secret`, channel.secret),
          };
        return channel;
      }),
    }));
  }
  return next;
}
