import { masked } from './masked-secret';
import { ntfyServerOf } from './ntfy-server';
import type { Channel, Settings } from './settings-schema';

/**
 * Where a channel sends, as the outbox, the history and the screens show it, and what tells one
 * channel of a contact from another: never a secret. An address or phone number as it is; a push
 * topic and a webhook address masked ("https://ntfy.sh/•••9c1e"), the same from the stored
 * secret as from its masked form.
 */
export function channelTarget(channel: Channel): string {
  switch (channel.type) {
    case 'email':
    case 'sms':
      return channel.to;
    case 'ntfy':
      return `${ntfyServerOf(channel.server)}/${masked('topic', channel.topic)}`;
    case 'webhook':
      return masked('url', channel.url);
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
