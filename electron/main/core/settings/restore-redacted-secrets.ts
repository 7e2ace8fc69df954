import type { Channel, Settings } from '../../../../shared/settings/settings-schema';
import { redacted } from './redact';

/**
 * The screens only ever see secrets as "•••" (redact.ts). When they send settings back, a
 * secret still "•••" means "keep the one stored": take it from the stored settings, matched
 * by contact name and channel address. With nothing stored to keep, the field is dropped
 * rather than saving the dots as a password.
 */
export function restoreRedactedSecrets(next: Settings, stored: Settings): Settings {
  const out: Settings = { ...next };
  if (next.email) {
    // The URL setter percent-encodes the dots, so compare the decoded password.
    const url = safeUrl(next.email.smtpUrl);
    if (url && decodeURIComponent(url.password) === redacted) {
      const old = stored.email ? safeUrl(stored.email.smtpUrl) : null;
      url.password = old?.password ?? '';
      out.email = { ...next.email, smtpUrl: url.toString() };
    }
  }
  if (next.twilio?.authToken === redacted) {
    if (stored.twilio) out.twilio = { ...next.twilio, authToken: stored.twilio.authToken };
    else delete out.twilio;
  }
  if (next.contacts) {
    out.contacts = next.contacts.map((contact) => {
      const before = stored.contacts?.find((c) => c.name === contact.name)?.channels ?? [];
      return { ...contact, channels: contact.channels.map((ch) => restoreChannel(ch, before)) };
    });
  }
  return out;
}

function restoreChannel(channel: Channel, before: readonly Channel[]): Channel {
  if (channel.type === 'ntfy' && channel.token === redacted) {
    const old = before.find((c) => c.type === 'ntfy' && c.topic === channel.topic);
    const rest = {
      type: channel.type,
      topic: channel.topic,
      ...(channel.server ? { server: channel.server } : {}),
    };
    return old?.type === 'ntfy' && old.token !== undefined ? { ...rest, token: old.token } : rest;
  }
  if (channel.type === 'webhook' && channel.secret === redacted) {
    const old = before.find((c) => c.type === 'webhook' && c.url === channel.url);
    const rest = { type: channel.type, url: channel.url };
    return old?.type === 'webhook' && old.secret !== undefined ? { ...rest, secret: old.secret } : rest;
  }
  return channel;
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
