import type { Migration } from './migration';

/**
 * The caregiver-alert outbox. Rows are written in the same transaction as the incident they
 * report, so a crash between "written" and "sent" loses nothing; the dispatcher sends them with
 * backoff. `idempotency_key` is unique: the same alert is never queued twice, and receivers get
 * it in every message so they can drop repeats.
 */
export const outbox: Migration = {
  version: 30,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        idempotency_key TEXT NOT NULL UNIQUE,
        incident_id TEXT REFERENCES incidents (id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        channel_type TEXT NOT NULL,
        channel_target TEXT NOT NULL,
        message TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        sent_at INTEGER,
        last_error TEXT
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'queued';
      CREATE INDEX outbox_incident ON outbox (incident_id);
    `);
  },
};
