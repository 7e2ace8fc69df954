import { createHmac } from 'node:crypto';
import type { Delivery } from '../../../../../../shared/model/alert';

/** Version 1 of the JSON a webhook receives; documented in the README ("Webhook"). */
export interface WebhookPayload {
  readonly version: 1;
  readonly idempotencyKey: string;
  /** The key of the first alert of this incident, for follow-ups; null otherwise. */
  readonly inReplyTo: string | null;
  readonly kind: Delivery['kind'];
  /** The audit event behind a follow-up, tamper or health alert (`protection.paused`, …). */
  readonly event: string | null;
  readonly severity: Delivery['message']['severity'];
  readonly incident: Delivery['message']['incident'] | null;
  readonly incidentIds: readonly string[];
  readonly senior: string | null;
  readonly computer: string | null;
  readonly language: string;
  readonly subject: string;
  readonly text: string;
  /** When the alert was first written (ms since 1970, UTC). */
  readonly createdAt: number;
}

export function webhookPayload(delivery: Delivery): WebhookPayload {
  const m = delivery.message;
  return {
    version: 1,
    idempotencyKey: delivery.idempotencyKey,
    inReplyTo: m.inReplyTo ?? null,
    kind: delivery.kind,
    event: m.event ?? null,
    severity: m.severity,
    incident: m.incident ?? null,
    incidentIds: m.incidentIds ?? (delivery.incidentId ? [delivery.incidentId] : []),
    senior: m.seniorName ?? null,
    computer: m.computerName ?? null,
    language: m.language,
    subject: m.subject,
    text: m.body,
    createdAt: delivery.createdAt,
  };
}

export const signatureHeader = 'X-HoldOn-Signature';
export const timestampHeader = 'X-HoldOn-Timestamp';

/**
 * `sha256=` + hex HMAC-SHA256(secret, `<timestamp>.<raw body>`), the timestamp being Unix
 * seconds as sent in X-HoldOn-Timestamp. Signing the timestamp with the body lets a receiver
 * refuse a replayed request (the same scheme as Stripe's and Slack's webhooks).
 */
export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}
