import type { Delivery } from '../../../../../shared/model/alert';
import { findChannel } from '../../../../../shared/settings/channel-target';
import type { Settings } from '../../../../../shared/settings/settings-schema';
import { createEmailChannel, type SmtpOverride } from './channels/email-channel';
import { createNtfyChannel } from './channels/ntfy-channel';
import { createSmsChannel } from './channels/sms-channel';
import { createWebhookChannel } from './channels/webhook-channel';
import { DeliveryError } from './delivery-error';

/** Sends one queued alert; throws a DeliveryError (permanent when the channel is not set up). */
export interface Senders {
  send(delivery: Delivery): Promise<void>;
  close(): void;
}

const removed = (): DeliveryError =>
  new DeliveryError('This channel is no longer in the settings, so the alert was not sent.', true, {
    reason: 'channel-removed',
  });

/**
 * Finds each alert's target in the settings as they are when it is sent (with its secrets,
 * decrypted only now), so a fixed password or a new token is used by the next try, and hands
 * it to its channel. Email and SMS go to the address the alert was written for, through the
 * mail server or Twilio account set up now; push and webhook need their channel still there.
 */
export function createSenders(deps: {
  /** The settings with their secrets: called once per send. */
  readonly revealSettings: () => Settings;
  /** Earlier settings with their secrets, for a channel a change removed (its tamper alert). */
  readonly revealFormer?: () => readonly Settings[];
  readonly now: () => number;
  /** Twilio's API base (tests point it at a local server). */
  readonly twilioApiBase?: string;
  readonly smtpOverride?: SmtpOverride;
}): Senders {
  const { now } = deps;
  const email = createEmailChannel(deps.smtpOverride);
  const ntfy = createNtfyChannel(now);
  const sms = createSmsChannel(now, deps.twilioApiBase);
  const webhook = createWebhookChannel(now);

  return {
    async send(delivery) {
      const settings = deps.revealSettings();
      switch (delivery.channelType) {
        case 'email': {
          if (!settings.email)
            throw new DeliveryError('No mail server is set up ("email" in the settings).', true, {
              reason: 'no-mail-server',
            });
          return email.send(delivery, { ...settings.email, to: delivery.channelTarget });
        }
        case 'sms': {
          if (!settings.twilio)
            throw new DeliveryError('No Twilio account is set up ("twilio" in the settings).', true, {
              reason: 'no-sms-account',
            });
          return sms.send(delivery, { to: delivery.channelTarget, account: settings.twilio });
        }
        case 'ntfy':
        case 'webhook': {
          const find = (from: Settings) =>
            findChannel(from, delivery.contactName, delivery.channelType, delivery.channelTarget);
          // A tamper or health alert may be for a contact the change itself removed.
          const former =
            delivery.kind === 'tamper' || delivery.kind === 'health' ? (deps.revealFormer?.() ?? []) : [];
          const channel = [settings, ...former].map(find).find((c) => c !== null) ?? null;
          if (channel?.type === 'ntfy') return ntfy.send(delivery, channel);
          if (channel?.type === 'webhook') return webhook.send(delivery, channel);
          throw removed();
        }
        default:
          throw new DeliveryError(`Hold On cannot send "${delivery.channelType}" messages.`, true, {
            reason: 'unsupported',
          });
      }
    },
    close() {
      email.close?.();
    },
  };
}
