import BetterSqlite3, { type Database } from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logging/logger';
import { migrate } from './migrate';
import type { Migration } from './migrations/migration';
import { migrations as allMigrations } from './migrations';
import {
  lastGoodRow,
  missingOrEmptied,
  readRecoveryFile,
  recoveryPathFor,
  restoreFromRecoveryFile,
  salvageInto,
  writeRecoveryFile,
  type Salvage,
  type StoreDamage,
} from './recovery';

export interface OpenedStore {
  readonly db: Database;
  readonly path: string;
  readonly schema: number;
  /** Where a damaged database file was moved, when it had to be recreated ("" when there was none to move). */
  readonly recoveredFrom: string | null;
  /** What happened when it had to be recreated: why, and what was brought back. */
  readonly recovery: {
    readonly damage: StoreDamage;
    /** Rows copied from the damaged file, by table. */
    readonly salvaged: Salvage;
    /** Settings rows brought back from the recovery file (settings, PIN, setup). */
    readonly fromRecoveryFile: readonly string[];
    /** For `unusable`: why the file could not be used (it is left as it is). */
    readonly reason?: string;
  } | null;
  /** Writes the recovery file (after the settings or the PIN change, and with each heartbeat). */
  saveRecoveryFile(): boolean;
  /** A row as the recovery file last kept it (the last good settings), or undefined. */
  lastGood(key: string): unknown;
}

export interface OpenOptions {
  readonly logger: Logger;
  readonly now: () => number;
  readonly migrations?: readonly Migration[];
  /** Stop at this schema version (tests of a single migration). */
  readonly target?: number;
  /**
   * When the file cannot be used at all (a newer app's, a read-only folder, a folder where the
   * file should be), keep protecting from a database in memory with the recovery file's
   * settings and PIN, instead of not starting (the app, `holdon watch`, the preview host).
   */
  readonly fallbackToMemory?: boolean;
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
    // A rollback journal and FULL sync: a committed incident or alert is on the disk, and there
    // is no write-ahead file whose loss would silently drop the last ones.
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = FULL');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptDatabaseError(String(check));
    const schema = migrate(db, path, options.migrations ?? allMigrations, options.target);
    return { db, schema };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Only this account may read the folder and the database (the PIN hash, the history). */
function restrict(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    // Not possible here (another owner, or Windows, where the profile folder is private anyway).
  }
}

/**
 * Opens (creating if needed) the SQLite store. A damaged file is moved aside as
 * `<name>.corrupt-<time>` with its companions and a fresh one is created, so the app never
 * crash-loops on a bad file; what still reads of the old one is copied in, and the settings, PIN
 * and setup come back from the recovery file when the old one had none left. A database that is
 * missing or empty where Hold On ran before is damage too. `recovery` tells the caller to tell
 * the family. A database from a newer app is refused (DatabaseTooNewError) and left untouched.
 */
export function openStore(path: string, options: OpenOptions): OpenedStore {
  try {
    return openStoreFile(path, options);
  } catch (error) {
    if (!options.fallbackToMemory || path === ':memory:') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    options.logger.error('the database cannot be used; protecting from memory until it is fixed', {
      path,
      error,
    });
    const { db, schema } = openAndMigrate(':memory:', options);
    const copy = readRecoveryFile(recoveryPathFor(path));
    const fromRecoveryFile = copy ? restoreFromRecoveryFile(db, copy, options.now()) : [];
    return {
      db,
      path,
      schema,
      recoveredFrom: null,
      recovery: { damage: 'unusable', salvaged: {}, fromRecoveryFile, reason },
      // The recovery file is the last good copy: nothing from memory overwrites it.
      saveRecoveryFile: () => false,
      lastGood: (key) => lastGoodRow(recoveryPathFor(path), key),
    };
  }
}

function openStoreFile(path: string, options: OpenOptions): OpenedStore {
  if (path === ':memory:') {
    const { db, schema } = openAndMigrate(path, options);
    return {
      ...{ db, path, schema, recoveredFrom: null, recovery: null },
      saveRecoveryFile: () => false,
      lastGood: () => undefined,
    };
  }
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  restrict(dir, 0o700);
  const recoveryPath = recoveryPathFor(path);
  const copy = readRecoveryFile(recoveryPath);
  let damage: StoreDamage | null = missingOrEmptied(path, copy);
  let aside: string | null = null;
  const moveAside = (): void => {
    aside = `${path}.corrupt-${options.now()}`;
    if (existsSync(path)) renameSync(path, aside);
    for (const suffix of ['-wal', '-shm', '-journal']) {
      if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
    }
  };
  if (damage === 'emptied') moveAside();
  let opened: { db: Database; schema: number };
  try {
    opened = openAndMigrate(path, options);
  } catch (error) {
    if (!(isCorruption(error) || error instanceof CorruptDatabaseError)) throw error;
    options.logger.error('database damaged; moving it aside and starting a new one', { path, error });
    damage = 'damaged';
    moveAside();
    opened = openAndMigrate(path, options);
  }
  const { db, schema } = opened;
  restrict(path, 0o600);
  let recovery: OpenedStore['recovery'] = null;
  if (damage !== null) {
    const salvaged = aside !== null && damage === 'damaged' ? salvageInto(db, aside) : {};
    const fromRecoveryFile = copy ? restoreFromRecoveryFile(db, copy, options.now()) : [];
    recovery = { damage, salvaged, fromRecoveryFile };
    options.logger.error('database started again', { path, damage, aside, salvaged, fromRecoveryFile });
  }
  const saveRecoveryFile = (): boolean => writeRecoveryFile(db, recoveryPath, options.now());
  // Only where there is none yet: the one there may be the last good copy of what the database
  // now holds wrongly (settings edited by hand); each write of a kept row refreshes it.
  if (copy === null) saveRecoveryFile();
  return {
    db,
    path,
    schema,
    recoveredFrom: damage === null ? null : (aside ?? ''),
    recovery,
    saveRecoveryFile,
    lastGood: (key) => lastGoodRow(recoveryPath, key),
  };
}
