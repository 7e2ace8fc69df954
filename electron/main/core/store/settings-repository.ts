import type { Database } from 'better-sqlite3';

/** Key/value rows of JSON. The settings document lives under one key, other state under its own. */
export interface SettingsRepository {
  get(key: string): unknown;
  put(key: string, value: unknown, now: number): void;
  remove(key: string): void;
  /**
   * True when another connection (the CLI, another Hold On) committed to the database since
   * the last call (SQLite's `PRAGMA data_version`, https://www.sqlite.org/pragma.html#pragma_data_version).
   */
  changedElsewhere(): boolean;
}

/** `afterPut`: told of each key written (the store keeps its recovery file up to date). */
export function createSettingsRepository(db: Database, afterPut?: (key: string) => void): SettingsRepository {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare<[string, string, number]>(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ' +
      'ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  const del = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  const dataVersion = (): number => db.pragma('data_version', { simple: true }) as number;
  let seen = dataVersion();
  return {
    get(key) {
      const row = select.get(key);
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    put(key, value, now) {
      upsert.run(key, JSON.stringify(value), now);
      afterPut?.(key);
    },
    remove(key) {
      del.run(key);
      afterPut?.(key);
    },
    changedElsewhere() {
      const now = dataVersion();
      const changed = now !== seen;
      seen = now;
      return changed;
    },
  };
}
