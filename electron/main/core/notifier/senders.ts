import type { Delivery } from '../../../../shared/model/alert';
import type { SettingsSource } from '../settings/settings-source';
import { findChannel } from '../../../../shared/settings/channel-target';
import { createEmailChannel } from './channels/email-channel';
import { createNtfyChannel } from './channels/ntfy-channel';
import { createSmsChannel } from './channels/sms-channel';
import { createWebhookChannel } from './channels/webhook-channel';
import { DeliveryError } from './delivery-error';
import type { Sender } from './dispatcher';

export interface Senders {
  senderFor(channelType: string): Sender;
  close(): void;
}

const removed = (): DeliveryError =>
  new DeliveryError('This channel is no longer in the settings, so the alert was not sent.', true);

/**
 * One sender per channel type, reading the settings at send time: a fixed password or a new
 * token is used by the next try. The email transport is kept while its settings stay the same.
 */
export function createSenders(deps: {
  readonly settings: SettingsSource;
  readonly now: () => number;
  /** Twilio's API base (tests point it at a local server). */
  readonly twilioApiBase?: string;
}): Senders {
  const { settings, now } = deps;
  let email: { key: string; channel: ReturnType<typeof createEmailChannel> } | null = null;
  const ntfy = createNtfyChannel(now);
  const sms = createSmsChannel(now, deps.twilioApiBase);
  const webhook = createWebhookChannel(now);

  const channelOf = (delivery: Delivery) => {
    const channel = findChannel(
      settings.load(),
      delivery.contactName,
      delivery.channelType,
      delivery.channelTarget,
    );
    if (!channel) throw removed();
    return channel;
  };

  const senders: Readonly<Record<string, Sender>> = {
    email: {
      async send(delivery) {
        const current = settings.load().email;
        if (!current) throw new DeliveryError('No mail server is set up ("email" in the settings).', true);
        const key = `${current.smtpUrl}\n${current.from}`;
        if (email?.key !== key) {
          email?.channel.close();
          email = { key, channel: createEmailChannel(current) };
        }
        await email.channel.send(delivery);
      },
    },
    ntfy: {
      async send(delivery) {
        const channel = channelOf(delivery);
        if (channel.type !== 'ntfy') throw removed();
        await ntfy.send(delivery, channel);
      },
    },
    sms: {
      async send(delivery) {
        const account = settings.load().twilio;
        if (!account)
          throw new DeliveryError('No Twilio account is set up ("twilio" in the settings).', true);
        await sms.send(delivery, delivery.channelTarget, account);
      },
    },
    webhook: {
      async send(delivery) {
        const channel = channelOf(delivery);
        if (channel.type !== 'webhook') throw removed();
        await webhook.send(delivery, channel);
      },
    },
  };

  return {
    senderFor(type) {
      const sender = senders[type];
      if (!sender) throw new DeliveryError(`Hold On cannot send "${type}" messages.`, true);
      return sender;
    },
    close() {
      email?.channel.close();
      email = null;
    },
  };
}
