import type { Migration } from './migration';

/**
 * The family's side of the alerts:
 * - `answer_codes`: one-time codes a push carries for its buttons ("It arrived", "Allow for 1
 *   hour", "Keep it blocked"). Only a hash is kept; a code counts once, before it expires.
 * - `channel_reach`: whether each way to reach a contact is known to work (a test reached them).
 * - `protected_minutes`: minutes protection ran (not paused), per hour since 1970, for the weekly
 *   message.
 * - `outbox.last_error_code`: why an alert was not sent, as a code the screens translate.
 */
export const familyAnswers: Migration = {
  version: 80,
  name: 'family-answers',
  up(db) {
    db.exec(`
      CREATE TABLE answer_codes (
        code_hash TEXT PRIMARY KEY,
        purpose TEXT NOT NULL CHECK (purpose IN ('arrived', 'allow', 'block')),
        contact_name TEXT NOT NULL,
        channel_target TEXT NOT NULL,
        incident_id TEXT REFERENCES incidents (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      ) STRICT;
      CREATE TABLE channel_reach (
        contact_name TEXT NOT NULL,
        channel_type TEXT NOT NULL,
        channel_target TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sent', 'working', 'failing')),
        at INTEGER NOT NULL,
        reason TEXT,
        PRIMARY KEY (contact_name, channel_type, channel_target)
      ) STRICT;
      CREATE TABLE protected_minutes (
        hour INTEGER PRIMARY KEY,
        minutes INTEGER NOT NULL
      ) STRICT;
      ALTER TABLE outbox ADD COLUMN last_error_code TEXT;
    `);
  },
};
