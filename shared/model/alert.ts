import type { IncidentKind, Severity } from './incident';

/**
 * What an alert is about: the first alert of an incident, a follow-up in its thread (escalated,
 * the session ended, the warning closed), a summary of a burst of incidents, a tamper or health
 * alert (protection paused, Hold On quit or not running), or a test message.
 */
export const alertKinds = [
  'incident',
  'follow-up',
  'summary',
  'tamper',
  'health',
  'checklist',
  'test',
] as const;
export type AlertKind = (typeof alertKinds)[number];

/** The incident an alert is about, as the webhook payload carries it. */
export interface AlertIncident {
  readonly id: string;
  readonly kind: IncidentKind;
  readonly severity: Severity;
  readonly title: string;
  readonly toolName: string | null;
  readonly detectedAt: number;
}

/** One message to one contact on one channel, as the outbox keeps it. */
export interface AlertMessage {
  readonly subject: string;
  readonly body: string;
  readonly severity: Severity;
  readonly language: string;
  /** The audit event behind a follow-up, tamper or health alert (`protection.paused`, …). */
  readonly event?: string;
  /** Idempotency key of the first alert in this thread: follow-ups reply to it. */
  readonly inReplyTo?: string;
  readonly incident?: AlertIncident;
  /** Every incident a burst summary covers. */
  readonly incidentIds?: readonly string[];
  readonly seniorName?: string;
  readonly computerName?: string;
  /** Push alerts offer "Call <senior>" with this number; without it, no button. */
  readonly seniorPhone?: string;
  /** The label of that button, in the contact's language ("Call Mum"). */
  readonly callLabel?: string;
}

export type DeliveryStatus = 'queued' | 'sent' | 'failed';

export interface Delivery {
  readonly id: number;
  readonly idempotencyKey: string;
  /** The incident the alert belongs to (null for tamper, health, test and burst summaries). */
  readonly incidentId: string | null;
  readonly kind: AlertKind;
  readonly contactName: string;
  readonly channelType: string;
  /** Where it goes, without secrets (an address, a topic). */
  readonly channelTarget: string;
  readonly message: AlertMessage;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly createdAt: number;
  readonly sentAt: number | null;
  /** Why the last try failed (queued: it will be tried again; failed: it will not). */
  readonly lastError: string | null;
}
