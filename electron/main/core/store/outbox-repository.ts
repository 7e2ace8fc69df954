import type { Database } from 'better-sqlite3';
import type { AlertMessage, Delivery } from '../../../../shared/model/alert';

export interface NewDelivery {
  readonly idempotencyKey: string;
  readonly incidentId: string | null;
  readonly kind: Delivery['kind'];
  readonly contactName: string;
  readonly channelType: string;
  readonly channelTarget: string;
  readonly message: AlertMessage;
}

export interface OutboxRepository {
  /** Queues deliveries; one already queued under the same idempotency key is left as it is. */
  enqueue(deliveries: readonly NewDelivery[], now: number): number;
  due(now: number, limit: number): Delivery[];
  nextDueAt(): number | null;
  markSent(id: number, now: number): void;
  retryLater(id: number, error: string, at: number): void;
  markFailed(id: number, error: string): void;
  forIncident(incidentId: string): Delivery[];
  list(limit: number): Delivery[];
}

interface Row {
  id: number;
  idempotency_key: string;
  incident_id: string | null;
  kind: string;
  contact_name: string;
  channel_type: string;
  channel_target: string;
  message: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  created_at: number;
  sent_at: number | null;
  last_error: string | null;
}

const fromRow = (r: Row): Delivery => ({
  id: r.id,
  idempotencyKey: r.idempotency_key,
  incidentId: r.incident_id,
  kind: r.kind as Delivery['kind'],
  contactName: r.contact_name,
  channelType: r.channel_type,
  channelTarget: r.channel_target,
  message: JSON.parse(r.message) as AlertMessage,
  status: r.status as Delivery['status'],
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  lastError: r.last_error,
});

export function createOutboxRepository(db: Database): OutboxRepository {
  const insert = db.prepare(
    'INSERT INTO outbox (idempotency_key, incident_id, kind, contact_name, channel_type, channel_target, message, status, next_attempt_at, created_at) ' +
      "VALUES (@idempotencyKey, @incidentId, @kind, @contactName, @channelType, @channelTarget, @message, 'queued', @now, @now) " +
      'ON CONFLICT (idempotency_key) DO NOTHING',
  );
  const due = db.prepare<[number, number], Row>(
    "SELECT * FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
  );
  const nextDue = db.prepare<[], { at: number | null }>(
    "SELECT min(next_attempt_at) AS at FROM outbox WHERE status = 'queued'",
  );
  const sent = db.prepare<[number, number]>(
    "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
  );
  const later = db.prepare<[string, number, number]>(
    'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?',
  );
  const failed = db.prepare<[string, number]>(
    "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
  );
  const byIncident = db.prepare<[string], Row>('SELECT * FROM outbox WHERE incident_id = ? ORDER BY id');
  const list = db.prepare<[number], Row>('SELECT * FROM outbox ORDER BY created_at DESC, id DESC LIMIT ?');
  return {
    enqueue(deliveries, now) {
      let added = 0;
      for (const d of deliveries)
        added += insert.run({ ...d, message: JSON.stringify(d.message), now }).changes;
      return added;
    },
    due: (now, limit) => due.all(now, limit).map(fromRow),
    nextDueAt: () => nextDue.get()?.at ?? null,
    markSent: (id, now) => void sent.run(now, id),
    retryLater: (id, error, at) => void later.run(error, at, id),
    markFailed: (id, error) => void failed.run(error, id),
    forIncident: (incidentId) => byIncident.all(incidentId).map(fromRow),
    list: (limit) => list.all(limit).map(fromRow),
  };
}
