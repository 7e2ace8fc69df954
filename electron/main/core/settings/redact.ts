import type { Channel, Settings } from '../../../../shared/settings/settings-schema';

/** What the screens see instead of a password or token. */
export const redacted = '•••';

function redactSmtpUrl(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    if (!url.password) return smtpUrl;
    // The URL setter would percent-encode the dots; put them in after, so people see •••.
    url.password = 'holdon-redacted';
    return url.toString().replace('holdon-redacted', redacted);
  } catch {
    return redacted;
  }
}

function redactChannel(channel: Channel): Channel {
  if (channel.type === 'ntfy' && channel.token !== undefined) return { ...channel, token: redacted };
  if (channel.type === 'webhook' && channel.secret !== undefined) return { ...channel, secret: redacted };
  return channel;
}

/** What the screens may see of the settings: passwords and tokens replaced by "•••". */
export function redactSettings(settings: Settings): Settings {
  const out: Settings = { ...settings };
  if (settings.email) out.email = { ...settings.email, smtpUrl: redactSmtpUrl(settings.email.smtpUrl) };
  if (settings.twilio) out.twilio = { ...settings.twilio, authToken: redacted };
  if (settings.contacts) {
    out.contacts = settings.contacts.map((c) => ({ ...c, channels: c.channels.map(redactChannel) }));
  }
  return out;
}
