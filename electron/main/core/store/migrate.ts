import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/migration';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The database ${path} was written by a newer version of Hold On (schema ${found}; this version knows up to ${supported}). ` +
        'Install the newer Hold On again, or start this one with a different database file.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every pending migration up to `target` in one transaction, so a failure leaves the
 * database exactly as it was. Refuses a database newer than this app knows.
 */
export function migrate(db: Database, path: string, all: readonly Migration[], target?: number): number {
  const latest = all.at(-1)?.version ?? 0;
  const goal = target ?? latest;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(path, current, latest);
  const pending = all.filter((m) => m.version > current && m.version <= goal);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    // PRAGMA takes no bound parameters; the value is a number from our own list.
    db.pragma(`user_version = ${pending.at(-1)?.version ?? current}`);
  })();
  return schemaVersion(db);
}
