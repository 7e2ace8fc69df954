import { isHidden } from '../../../../../../shared/settings/masked-secret';
import { redactedSecret } from '../../../../../../shared/settings/settings-schema';
import { unreadableSecret } from '../delivery-error';
import { postHttp } from '../http-post';
import type { ChannelSender } from './channel-sender';
import { signatureHeader, signWebhook, timestampHeader, webhookPayload } from './webhook-payload';

export interface WebhookTarget {
  readonly url: string;
  readonly secret: string;
}

/**
 * A signed JSON POST for home-automation and family-chat bridges. Any 2xx is accepted. A
 * receiver should check the signature, refuse timestamps more than 5 minutes off, and drop a
 * repeated `idempotencyKey` (a retry after a lost answer sends the same alert again).
 */
export function createWebhookChannel(now: () => number): ChannelSender<WebhookTarget> {
  return {
    async send(delivery, target) {
      if (isHidden('url', target.url)) throw unreadableSecret('webhook address', 'url');
      if (target.secret === redactedSecret) throw unreadableSecret('webhook secret', 'secret');
      const raw = JSON.stringify(webhookPayload(delivery));
      const timestamp = Math.floor(now() / 1000);
      const headers = {
        'Content-Type': 'application/json',
        'User-Agent': 'HoldOn-Webhook/1',
        'X-HoldOn-Idempotency-Key': delivery.idempotencyKey,
        [timestampHeader]: String(timestamp),
        [signatureHeader]: signWebhook(target.secret, timestamp, raw),
      };
      await postHttp('webhook server', target.url, { headers, body: raw }, now);
    },
  };
}
