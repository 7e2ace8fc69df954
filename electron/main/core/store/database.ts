import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logging/logger';
import { migrate } from './migrate';
import type { Migration } from './migrations/migration';
import { migrations as allMigrations } from './migrations';

export interface OpenedStore {
  readonly db: Database;
  readonly path: string;
  readonly schema: number;
  /** Where a damaged database file was moved, when it had to be recreated. */
  readonly recoveredFrom: string | null;
}

export interface OpenOptions {
  readonly logger: Logger;
  readonly now: () => number;
  readonly migrations?: readonly Migration[];
  /** Stop at this schema version (tests of a single migration). */
  readonly target?: number;
}

const corruptCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && corruptCodes.has(code);
}

class CorruptDatabaseError extends Error {
  constructor(detail: string) {
    super(`database integrity check failed: ${detail}`);
    this.name = 'CorruptDatabaseError';
  }
}

function openAndMigrate(path: string, options: OpenOptions): { db: Database; schema: number } {
  const db = new BetterSqlite3(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptDatabaseError(String(check));
    const schema = migrate(db, path, options.migrations ?? allMigrations, options.target);
    return { db, schema };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (creating if needed) the SQLite store. A damaged file is moved aside as
 * `<name>.corrupt-<time>` with its -wal/-shm companions and a fresh one is created, so the app
 * never crash-loops on a bad file; `recoveredFrom` tells the caller to warn the user and
 * caregiver. A database from a newer app is refused (DatabaseTooNewError) and left untouched.
 */
export function openStore(path: string, options: OpenOptions): OpenedStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  try {
    const { db, schema } = openAndMigrate(path, options);
    return { db, path, schema, recoveredFrom: null };
  } catch (error) {
    if (!(isCorruption(error) || error instanceof CorruptDatabaseError) || path === ':memory:') throw error;
    const aside = `${path}.corrupt-${options.now()}`;
    options.logger.error('database damaged; moving it aside and starting a new one', { path, aside, error });
    renameSync(path, aside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
    }
    const { db, schema } = openAndMigrate(path, options);
    return { db, path, schema, recoveredFrom: aside };
  }
}
