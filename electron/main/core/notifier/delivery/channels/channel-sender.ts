import type { Delivery } from '../../../../../../shared/model/alert';

/**
 * Every channel has this one shape: send a delivery to a target (the channel's part of the
 * settings, secrets included, read at send time). It resolves when the service accepted the
 * message and throws a DeliveryError otherwise.
 */
export interface ChannelSender<Target> {
  send(delivery: Delivery, target: Target): Promise<void>;
  /** Releases what the channel keeps between sends (an SMTP connection). */
  close?(): void;
}
