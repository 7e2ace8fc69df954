import { defaultNtfyServer, type Channel, type Settings } from './settings-schema';

/** Where a channel sends, as the outbox and the history show it: never a secret. */
export function channelTarget(channel: Channel): string {
  switch (channel.type) {
    case 'email':
    case 'sms':
      return channel.to;
    case 'ntfy':
      return `${(channel.server ?? defaultNtfyServer).replace(/\/+$/, '')}/${channel.topic}`;
    case 'webhook': {
      const url = new URL(channel.url);
      url.username = '';
      url.password = '';
      url.search = '';
      return url.toString();
    }
  }
}

/** The channel a queued alert was written for, as the settings say now (null: removed since). */
export function findChannel(
  settings: Settings,
  contactName: string,
  type: string,
  target: string,
): Channel | null {
  const contact = (settings.contacts ?? []).find((c) => c.name === contactName);
  return contact?.channels.find((ch) => ch.type === type && channelTarget(ch) === target) ?? null;
}
