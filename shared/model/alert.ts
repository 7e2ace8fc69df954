/** One message to one contact on one channel, as the outbox keeps it. */
export interface AlertMessage {
  readonly subject: string;
  readonly body: string;
  readonly severity: 'notice' | 'warning' | 'danger';
  readonly language: string;
}

export type DeliveryStatus = 'queued' | 'sent' | 'failed';

export interface Delivery {
  readonly id: number;
  readonly idempotencyKey: string;
  readonly incidentId: string | null;
  readonly kind: 'incident' | 'test' | 'checklist';
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
  readonly lastError: string | null;
}
