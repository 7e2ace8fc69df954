import type { IncidentKind, Severity } from './incident';

/**
 * What an alert is about: the first alert of an incident, a follow-up in its thread (escalated,
 * the session ended, the warning closed), a summary of a burst of incidents, a tamper or health
 * alert (protection paused, Hold On quit or not running), a test message, or the weekly "all is
 * well" message.
 */
export const alertKinds = [
  'incident',
  'follow-up',
  'summary',
  'tamper',
  'health',
  'checklist',
  'test',
  'weekly',
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
  /**
   * One-time codes for the answers a push offers ("It arrived" on a test; "Allow for 1 hour" and
   * "Keep it blocked" on a remote-tool alert). The phone posts the code back on the reply topic.
   */
  readonly answers?: AlertAnswers;
  /** The labels of those buttons, in the contact's language. */
  readonly answerLabels?: Partial<Record<AnswerPurpose, string>>;
}

/** What a family member can answer from the phone. */
export const answerPurposes = ['arrived', 'allow', 'block'] as const;
export type AnswerPurpose = (typeof answerPurposes)[number];
export type AlertAnswers = Partial<Record<AnswerPurpose, string>>;

/**
 * Why an alert was not sent, as a code the screens say in the reader's language; the service's
 * own words stay in the log.
 */
export const deliveryReasons = [
  'mail-login',
  'mail-tls',
  'mail-address-refused',
  'mail-refused',
  'no-mail-server',
  'no-sms-account',
  'secret-unreadable',
  'certificate',
  'unreachable',
  'busy',
  'redirect',
  'login-refused',
  'unknown-address',
  'refused',
  'sms-login',
  'sms-bad-number',
  'sms-bad-from',
  'sms-trial',
  'sms-stopped',
  'sms-not-mobile',
  'sms-country',
  'channel-removed',
  'unsupported',
] as const;
export type DeliveryReason = (typeof deliveryReasons)[number];

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
  /** Why the last try failed (queued: it will be tried again; failed: it will not), for the log. */
  readonly lastError: string | null;
  /** The same, as a code the screens say in the reader's language. */
  readonly errorCode: DeliveryReason | null;
}
