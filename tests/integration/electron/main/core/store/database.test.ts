import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { openStore } from '../../../../../../electron/main/core/store/database';
import { DatabaseTooNewError } from '../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../electron/main/core/store/migrations';
import { useTempDir } from '../../../../../fakes/temp-dir';

const options = () => ({ logger: createMemoryLogger(), now: () => 1_700_000_000_000 });
const latest = migrations.at(-1)?.version ?? 0;

describe('the SQLite store', () => {
  const tempDir = useTempDir();

  it('creates a new database in WAL mode with foreign keys on, at the latest schema', () => {
    const path = join(tempDir(), 'nested', 'holdon.db');
    const store = openStore(path, options());
    expect(store.schema).toBe(latest);
    expect(store.recoveredFrom).toBeNull();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    store.db.close();
  });

  it('keeps data across reopen', () => {
    const path = join(tempDir(), 'holdon.db');
    const first = openStore(path, options());
    first.db.prepare("INSERT INTO events (at, type, detail) VALUES (1, 'x', '{}')").run();
    first.db.close();
    const again = openStore(path, options());
    expect(again.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
    again.db.close();
  });

  it('moves a damaged file aside and starts a new one, and says where the old one went', () => {
    const dir = tempDir();
    const path = join(dir, 'holdon.db');
    writeFileSync(path, 'this is not a database, it is a shopping list '.repeat(200));
    const store = openStore(path, options());
    expect(store.recoveredFrom).toBe(`${path}.corrupt-1700000000000`);
    expect(existsSync(store.recoveredFrom ?? '')).toBe(true);
    expect(store.schema).toBe(latest);
    store.db.close();
    // A second start opens the new file normally: no crash loop.
    const next = openStore(path, options());
    expect(next.recoveredFrom).toBeNull();
    next.db.close();
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toHaveLength(1);
  });

  it('refuses a database written by a newer app, with a clear message, and leaves it untouched', () => {
    const path = join(tempDir(), 'holdon.db');
    const future = new BetterSqlite3(path);
    future.pragma(`user_version = ${latest + 10}`);
    future.close();
    expect(() => openStore(path, options())).toThrow(DatabaseTooNewError);
    expect(() => openStore(path, options())).toThrow(/newer version of Hold On/);
    const check = new BetterSqlite3(path);
    expect(check.pragma('user_version', { simple: true })).toBe(latest + 10);
    check.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const path = join(tempDir(), 'holdon.db');
    const failing = [
      ...migrations,
      {
        version: latest + 10,
        name: 'broken',
        up: (db: BetterSqlite3.Database) => {
          db.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => openStore(path, { ...options(), migrations: failing })).toThrow('boom');
    const check = new BetterSqlite3(path);
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    expect(
      check.prepare("SELECT name FROM sqlite_master WHERE name IN ('half_done', 'incidents')").all(),
    ).toEqual([]);
    check.close();
  });
});
