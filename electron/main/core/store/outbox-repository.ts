import type { Database } from 'better-sqlite3';
import type { AlertMessage, Delivery, DeliveryReason } from '../../../../shared/model/alert';

export interface NewDelivery {
  readonly idempotencyKey: string;
  readonly incidentId: string | null;
  readonly kind: Delivery['kind'];
  readonly contactName: string;
  readonly channelType: string;
  readonly channelTarget: string;
  readonly message: AlertMessage;
  /** Not before this time (a burst summary waits for its minute to end); default now. */
  readonly notBefore?: number;
}

export interface OutboxRepository {
  /** Queues deliveries; one already queued under the same idempotency key is left as it is. */
  enqueue(deliveries: readonly NewDelivery[], now: number): number;
  due(now: number, limit: number): Delivery[];
  nextDueAt(): number | null;
  markSent(id: number, now: number): void;
  /** `error` is for the log; `code` is what the screens say. */
  retryLater(id: number, error: string, code: DeliveryReason, at: number): void;
  markFailed(id: number, error: string, code: DeliveryReason): void;
  forIncident(incidentId: string): Delivery[];
  list(limit: number): Delivery[];
  /** The last time this contact × channel got a first incident alert or a burst summary. */
  lastIncidentAlertAt(to: Recipient): number | null;
  /** The newest row of these kinds for this contact × channel (for rate limits). */
  lastCreatedAt(kinds: readonly Delivery['kind'][], to: Recipient): number | null;
  /**
   * A queued row of this kind, for this contact × channel, that is not due yet, so nothing is
   * sending it and more can be added to it. `keyPrefix` narrows it to one thread.
   */
  pending(kind: Delivery['kind'], to: Recipient, now: number, keyPrefix?: string): Delivery | null;
  /** The newest row whose key starts with this prefix (a thread's last follow-up). */
  lastWithPrefix(keyPrefix: string): Delivery | null;
  /** Rewrites a queued row's message and time (a summary or follow-up that grew). */
  update(id: number, message: AlertMessage, nextAttemptAt: number): void;
  /** Makes these queued rows due now (their server is reachable again). */
  retryNow(ids: readonly number[], now: number): number;
}

/** One contact × channel, as the outbox rows name it. */
export interface Recipient {
  readonly contactName: string;
  readonly channelType: string;
  readonly channelTarget: string;
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
  last_error_code: string | null;
}

const pick = (r: Recipient): Recipient => ({
  contactName: r.contactName,
  channelType: r.channelType,
  channelTarget: r.channelTarget,
});

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
  errorCode: r.last_error_code as DeliveryReason | null,
});

export function createOutboxRepository(db: Database): OutboxRepository {
  const insert = db.prepare(
    'INSERT INTO outbox (idempotency_key, incident_id, kind, contact_name, channel_type, channel_target, message, status, next_attempt_at, created_at) ' +
      "VALUES (@idempotencyKey, @incidentId, @kind, @contactName, @channelType, @channelTarget, @message, 'queued', @due, @now) " +
      'ON CONFLICT (idempotency_key) DO NOTHING',
  );
  const due = db.prepare<[number, number], Row>(
    "SELECT * FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
  );
  const nextDue = db.prepare<[], { at: number | null }>(
    "SELECT min(next_attempt_at) AS at FROM outbox WHERE status = 'queued'",
  );
  const sent = db.prepare<[number, number]>(
    "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, last_error_code = NULL WHERE id = ?",
  );
  const later = db.prepare<[string, string, number, number]>(
    'UPDATE outbox SET attempts = attempts + 1, last_error = ?, last_error_code = ?, next_attempt_at = ? WHERE id = ?',
  );
  const failed = db.prepare<[string, string, number]>(
    "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, last_error_code = ? WHERE id = ?",
  );
  const byIncident = db.prepare<[string], Row>('SELECT * FROM outbox WHERE incident_id = ? ORDER BY id');
  const list = db.prepare<[number], Row>('SELECT * FROM outbox ORDER BY created_at DESC, id DESC LIMIT ?');
  const to =
    'contact_name = @contactName AND channel_type = @channelType AND channel_target = @channelTarget';
  const lastIncident = db.prepare<[Recipient], { at: number | null }>(
    "SELECT max(CASE WHEN kind = 'incident' THEN created_at ELSE sent_at END) AS at FROM outbox " +
      `WHERE ${to} AND (kind = 'incident' OR (kind = 'summary' AND status = 'sent'))`,
  );
  const pending = db.prepare<[Recipient & { kind: string; now: number; prefix: string }], Row>(
    `SELECT * FROM outbox WHERE ${to} AND kind = @kind AND status = 'queued' AND next_attempt_at > @now ` +
      'AND substr(idempotency_key, 1, length(@prefix)) = @prefix ORDER BY id DESC LIMIT 1',
  );
  const withPrefix = db.prepare<[{ prefix: string }], Row>(
    'SELECT * FROM outbox WHERE substr(idempotency_key, 1, length(@prefix)) = @prefix ORDER BY created_at DESC, id DESC LIMIT 1',
  );
  const update = db.prepare<[string, number, number]>(
    "UPDATE outbox SET message = ?, next_attempt_at = ? WHERE id = ? AND status = 'queued'",
  );
  const retryNow = db.prepare<[number, number]>(
    "UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status = 'queued'",
  );
  return {
    enqueue(deliveries, now) {
      let added = 0;
      for (const d of deliveries)
        added += insert.run({
          idempotencyKey: d.idempotencyKey,
          incidentId: d.incidentId,
          kind: d.kind,
          contactName: d.contactName,
          channelType: d.channelType,
          channelTarget: d.channelTarget,
          message: JSON.stringify(d.message),
          now,
          due: d.notBefore ?? now,
        }).changes;
      return added;
    },
    due: (now, limit) => due.all(now, limit).map(fromRow),
    nextDueAt: () => nextDue.get()?.at ?? null,
    markSent: (id, now) => void sent.run(now, id),
    retryLater: (id, error, code, at) => void later.run(error, code, at, id),
    markFailed: (id, error, code) => void failed.run(error, code, id),
    forIncident: (incidentId) => byIncident.all(incidentId).map(fromRow),
    list: (limit) => list.all(limit).map(fromRow),
    lastIncidentAlertAt: (r) => lastIncident.get(pick(r))?.at ?? null,
    lastCreatedAt(kinds, r) {
      // The kinds come from our own constant list, never from input.
      const placeholders = kinds.map(() => '?').join(', ');
      const row = db
        .prepare<unknown[], { at: number | null }>(
          `SELECT max(created_at) AS at FROM outbox WHERE contact_name = ? AND channel_type = ? AND channel_target = ? AND kind IN (${placeholders})`,
        )
        .get(r.contactName, r.channelType, r.channelTarget, ...kinds);
      return row?.at ?? null;
    },
    pending(kind, r, now, keyPrefix = '') {
      const row = pending.get({ ...pick(r), kind, now, prefix: keyPrefix });
      return row ? fromRow(row) : null;
    },
    lastWithPrefix(keyPrefix) {
      const row = withPrefix.get({ prefix: keyPrefix });
      return row ? fromRow(row) : null;
    },
    update: (id, message, at) => void update.run(JSON.stringify(message), at, id),
    retryNow(ids, now) {
      let changed = 0;
      for (const id of ids) changed += retryNow.run(now, id).changes;
      return changed;
    },
  };
}
