import type { Migration } from './migration';

export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('notice', 'warning', 'danger')),
        title TEXT NOT NULL,
        reasons TEXT NOT NULL,
        tool_id TEXT,
        pid INTEGER,
        detected_at INTEGER NOT NULL,
        resolved_at INTEGER,
        resolution TEXT
      ) STRICT;
      CREATE INDEX incidents_detected_at ON incidents (detected_at DESC);

      CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        type TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_at ON events (at DESC);
    `);
  },
};
