import type { Database } from 'better-sqlite3';
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

/**
 * What lets Hold On come back from a damaged, emptied or deleted database without losing the
 * family: a small second file beside the database (`holdon.db.recovery.json`, mode 600) that holds
 * the settings document (contacts included; its secrets stay encrypted), the PIN hash and the
 * setup date, and what can still be read of a damaged database, copied table by table into
 * the new one.
 */

/** The key/value rows the recovery file keeps (settings table). */
const keptKeys = ['settings', 'pin.hash', 'setup.completedAt', 'health.heartbeat'] as const;

/** Whether a settings row is one the recovery file keeps. */
export const keptInRecoveryFile = (key: string): boolean => (keptKeys as readonly string[]).includes(key);

interface RecoveryFile {
  readonly version: 1;
  readonly savedAt: number;
  /** `settings` rows as stored: key → JSON text. */
  readonly rows: Readonly<Record<string, string>>;
}

/** Beside the database: `holdon.db.recovery.json`. */
export const recoveryPathFor = (databasePath: string): string => `${databasePath}.recovery.json`;

/** The recovery file, or null when there is none (or it cannot be read). */
export function readRecoveryFile(path: string): RecoveryFile | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<RecoveryFile>;
    if (value.version !== 1 || typeof value.rows !== 'object' || value.rows === null) return null;
    const rows = Object.fromEntries(
      Object.entries(value.rows).filter(
        (entry): entry is [string, string] =>
          (keptKeys as readonly string[]).includes(entry[0]) && typeof entry[1] === 'string',
      ),
    );
    return { version: 1, savedAt: typeof value.savedAt === 'number' ? value.savedAt : 0, rows };
  } catch {
    return null;
  }
}

/** A row of the recovery file, parsed, or undefined. */
export function lastGoodRow(path: string, key: string): unknown {
  const text = readRecoveryFile(path)?.rows[key];
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes the recovery file from the database (atomically, mode 600); false when it could not. */
export function writeRecoveryFile(db: Database, path: string, now: number): boolean {
  try {
    const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    const rows: Record<string, string> = {};
    for (const key of keptKeys) {
      const row = select.get(key);
      if (row) rows[key] = row.value;
    }
    const file: RecoveryFile = { version: 1, savedAt: now, rows };
    const temp = `${path}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify(file), { mode: 0o600 });
    chmodSync(temp, 0o600);
    renameSync(temp, path);
    return true;
  } catch {
    return false;
  }
}

/** Why the database had to be started again. */
export type StoreDamage = 'damaged' | 'emptied' | 'missing' | 'unusable';

/**
 * A database that is not there, or empty, where Hold On has run before (its recovery file says
 * so) is damage too: someone deleted or emptied it. Null when it is just a first start.
 */
export function missingOrEmptied(databasePath: string, recovery: RecoveryFile | null): StoreDamage | null {
  if (recovery === null || Object.keys(recovery.rows).length === 0) return null;
  if (!existsSync(databasePath)) return 'missing';
  try {
    const stat = statSync(databasePath);
    return stat.isFile() && stat.size === 0 ? 'emptied' : null;
  } catch {
    return null;
  }
}

/** Tables copied from a damaged database, in an order that keeps references whole. */
const salvagedTables = [
  'settings',
  'incidents',
  'events',
  'outbox',
  'checklist_results',
  'incident_pictures',
  'channel_reach',
  'protected_minutes',
  'answer_codes',
] as const;

/** How many rows of each table were saved from the damaged file. */
export type Salvage = Readonly<Record<string, number>>;

/**
 * Copies what still reads of the damaged file into the new database, table by table and row by
 * row: a table whose pages are damaged gives its rows up to the damage. Columns both have are
 * copied; rows already there are kept.
 */
export function salvageInto(db: Database, damagedPath: string): Salvage {
  const saved: Record<string, number> = {};
  try {
    db.prepare('ATTACH DATABASE ? AS damaged').run(damagedPath);
  } catch {
    return saved;
  }
  try {
    for (const table of salvagedTables) {
      saved[table] = salvageTable(db, table);
    }
  } finally {
    try {
      db.prepare('DETACH DATABASE damaged').run();
    } catch {
      // Nothing more to read from it.
    }
  }
  return saved;
}

function columnsOf(db: Database, schema: 'main' | 'damaged', table: string): string[] {
  try {
    return (db.prepare(`PRAGMA ${schema}.table_info(${table})`).all() as { name: string }[]).map(
      (c) => c.name,
    );
  } catch {
    return [];
  }
}

function salvageTable(db: Database, table: string): number {
  const theirs = new Set(columnsOf(db, 'damaged', table));
  const columns = columnsOf(db, 'main', table).filter((c) => theirs.has(c));
  if (columns.length === 0) return 0;
  const list = columns.map((c) => `"${c}"`).join(', ');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO main.${table} (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  // Read first, write after (an open iterator blocks writes on the same connection); the rows
  // before a damaged page are kept.
  const batch: unknown[][] = [];
  try {
    const rows = db.prepare(`SELECT ${list} FROM damaged.${table}`).raw().iterate() as Iterable<unknown[]>;
    for (const row of rows) batch.push(row);
  } catch {
    // The rest of this table is damaged.
  }
  let count = 0;
  db.transaction(() => {
    for (const row of batch) {
      try {
        count += insert.run(...row).changes;
      } catch {
        // A row that does not fit (a broken reference): the others still go in.
      }
    }
  })();
  return count;
}

/** Puts the recovery file's rows (settings, PIN, setup) where the database has none. */
export function restoreFromRecoveryFile(db: Database, recovery: RecoveryFile, now: number): string[] {
  const has = db.prepare<[string], { key: string }>('SELECT key FROM settings WHERE key = ?');
  const put = db.prepare<[string, string, number]>(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)',
  );
  const restored: string[] = [];
  for (const [key, value] of Object.entries(recovery.rows)) {
    if (key === 'health.heartbeat' || has.get(key)) continue;
    put.run(key, value, now);
    restored.push(key);
  }
  return restored;
}
