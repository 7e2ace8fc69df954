import BetterSqlite3 from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
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

  it('creates a new database with a rollback journal, full sync and foreign keys on, at the latest schema, readable only by its owner', () => {
    const path = join(tempDir(), 'nested', 'holdon.db');
    const store = openStore(path, options());
    expect(store.schema).toBe(latest);
    expect(store.recoveredFrom).toBeNull();
    expect(store.recovery).toBeNull();
    // No write-ahead file whose loss would drop the last incidents; each commit is on the disk.
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    expect(statSync(`${path}.recovery.json`).mode & 0o777).toBe(0o600);
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

  /** A store as it is after some use: settings with a contact, a PIN, incidents, events and a queued alert. */
  function used(path: string): void {
    const store = openStore(path, options());
    const put = store.db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 1)');
    put.run(
      'settings',
      JSON.stringify({ contacts: [{ name: 'Ann', channels: [{ type: 'email', to: 'ann@example.org' }] }] }),
    );
    put.run('pin.hash', JSON.stringify({ hash: 'x', salt: 'y' }));
    store.saveRecoveryFile();
    const event = store.db.prepare("INSERT INTO events (at, type, detail) VALUES (?, 'x', '{}')");
    for (let i = 0; i < 300; i += 1) event.run(i);
    store.db.close();
  }
  const contactsOf = (store: ReturnType<typeof openStore>): unknown =>
    JSON.parse(
      (store.db.prepare("SELECT value FROM settings WHERE key = 'settings'").get() as { value: string })
        .value,
    );

  it('brings back the family and the PIN when the database is deleted or emptied', () => {
    for (const damage of ['missing', 'emptied'] as const) {
      const path = join(tempDir(), 'holdon.db');
      used(path);
      if (damage === 'missing') rmSync(path);
      else truncateSync(path, 0);
      const store = openStore(path, options());
      expect(store.recovery).toMatchObject({ damage, fromRecoveryFile: ['settings', 'pin.hash'] });
      expect(contactsOf(store)).toMatchObject({ contacts: [{ name: 'Ann' }] });
      expect(store.db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'pin.hash'").get()).toEqual({
        n: 1,
      });
      store.db.close();
    }
  });

  it('reads back what it can of a damaged file: the settings, and the events before the damage', () => {
    const path = join(tempDir(), 'holdon.db');
    used(path);
    // Damage the last pages (where the newest rows of the events table are).
    const size = statSync(path).size;
    const junk = Buffer.alloc(4096, 0x5a);
    const fd = openSync(path, 'r+');
    writeSync(fd, junk, 0, junk.length, size - 4096);
    closeSync(fd);
    const store = openStore(path, options());
    expect(store.recovery?.damage).toBe('damaged');
    expect(store.recoveredFrom).toBe(`${path}.corrupt-1700000000000`);
    expect(contactsOf(store)).toMatchObject({ contacts: [{ name: 'Ann' }] });
    const events = (store.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    expect(events).toBe(store.recovery?.salvaged.events);
    // Most of them: only the rows on the damaged page are lost.
    expect(events).toBeGreaterThan(100);
    expect(events).toBeLessThan(300);
    store.db.close();
  });

  it('a first start with no recovery file is just a new database', () => {
    const store = openStore(join(tempDir(), 'holdon.db'), options());
    expect(store.recovery).toBeNull();
    store.db.close();
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
