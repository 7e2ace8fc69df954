import { redactedSecret } from '../../../../../shared/settings/settings-schema';
import type { Delivery } from '../../../../../shared/model/alert';
import { unreadableSecret } from '../delivery-error';
import { httpFailure, networkFailure, requestTimeoutMs, shortText } from './http-failure';
import { signatureHeader, signWebhook, timestampHeader, webhookPayload } from './webhook-payload';

/**
 * A signed JSON POST for home-automation and family-chat bridges. Any 2xx is accepted. A
 * receiver should check the signature, refuse timestamps more than 5 minutes off, and drop a
 * repeated `idempotencyKey` (a retry after a lost answer sends the same alert again).
 */
export function createWebhookChannel(now: () => number): {
  send(delivery: Delivery, target: { url: string; secret: string }): Promise<void>;
} {
  return {
    async send(delivery, target) {
      if (target.secret === redactedSecret) throw unreadableSecret('webhook secret', 'secret');
      const raw = JSON.stringify(webhookPayload(delivery));
      const timestamp = Math.floor(now() / 1000);
      let response: Response;
      try {
        response = await fetch(target.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'HoldOn-Webhook/1',
            'X-HoldOn-Idempotency-Key': delivery.idempotencyKey,
            [timestampHeader]: String(timestamp),
            [signatureHeader]: signWebhook(target.secret, timestamp, raw),
          },
          body: raw,
          redirect: 'manual',
          signal: AbortSignal.timeout(requestTimeoutMs),
        });
      } catch (error) {
        throw networkFailure('webhook server', target.url, error);
      }
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      throw httpFailure('webhook server', response, await shortText(response), now());
    },
  };
}
