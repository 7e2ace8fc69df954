import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../../shared/ipc/api-failure';
import { firstLockMs, createPinGuard } from '../../../../../../electron/main/core/pin/pin-guard';
import {
  hashPin,
  PinKeyMissing,
  verifyPin,
  type PinHash,
} from '../../../../../../electron/main/core/pin/pin-hash';
import {
  createKeyFileCipher,
  keyFileName,
} from '../../../../../../electron/main/core/settings/key-file-cipher';
import type { SecretCipher } from '../../../../../../electron/main/core/ports/secret-cipher';
import { createEventRepository } from '../../../../../../electron/main/core/store/event-repository';
import { migrate } from '../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../electron/main/core/store/migrations';
import { createSettingsRepository } from '../../../../../../electron/main/core/store/settings-repository';
import { FakeClock } from '../../../../../fakes/fake-clock';

// A cheaper scrypt cost keeps the test fast; the real cost is tested in pin-hash.test.ts.
const cheap = (pin: string) => hashPin(pin, { cost: 1024, blockSize: 8, parallelization: 1, keyLength: 32 });

function setup() {
  const db = new BetterSqlite3(':memory:');
  migrate(db, ':memory:', migrations);
  const state = createSettingsRepository(db);
  const events = createEventRepository(db);
  const clock = new FakeClock();
  const make = () => createPinGuard({ state, audit: events, clock, hash: cheap });
  return { db, state, events, clock, make };
}

async function refusal(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected the PIN to be refused');
}

describe('the caregiver PIN', () => {
  it('is kept as a hash in the state table, never in the settings document or the audit log', async () => {
    const { db, make, events } = setup();
    const pin = make();
    await pin.set('482913');
    const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    expect(rows.map((r) => r.key)).toEqual(['pin.hash']);
    expect(rows.map((r) => r.value).join()).not.toContain('482913');
    expect(JSON.stringify(events.list(10))).not.toContain('482913');
    expect(events.list(10).map((e) => e.type)).toEqual(['pin.set']);
  });

  it('refuses short, non-digit and easy PINs', async () => {
    const pin = setup().make();
    for (const bad of ['12345', '48291a', '1234567890123', '111111', '123456', '987654']) {
      expect((await refusal(pin.set(bad))).code).toBe('bad-request');
    }
    expect(pin.isSet()).toBe(false);
  });

  it('asks for the PIN with a typed error, and accepts the right one', async () => {
    const pin = setup().make();
    await pin.set('482913');
    expect((await refusal(pin.check(undefined))).code).toBe('pin-required');
    expect(await refusal(pin.check('000001'))).toMatchObject({ code: 'wrong-pin', extra: { triesLeft: 4 } });
    await expect(pin.check('482913')).resolves.toBeUndefined();
  });

  it('locks for 5 minutes after 5 wrong tries, then 10, and writes pin.locked each time', async () => {
    const { make, clock, events } = setup();
    const pin = make();
    await pin.set('482913');
    for (let i = 1; i <= 4; i += 1) {
      expect(await refusal(pin.check('000001'))).toMatchObject({
        code: 'wrong-pin',
        extra: { triesLeft: 5 - i },
      });
    }
    const lock = await refusal(pin.check('000001'));
    expect(lock).toMatchObject({ code: 'pin-locked', extra: { lockedUntil: clock.now() + firstLockMs } });
    expect(events.list(1)[0]).toMatchObject({
      type: 'pin.locked',
      detail: { failures: 5, lockedUntil: clock.now() + 5 * 60_000 },
    });
    // While locked, even the right PIN is refused and nothing is counted.
    expect((await refusal(pin.check('482913'))).code).toBe('pin-locked');
    clock.advance(5 * 60_000 - 1);
    expect((await refusal(pin.check('482913'))).code).toBe('pin-locked');
    clock.advance(1);
    // Five more wrong tries lock for twice as long.
    for (let i = 0; i < 4; i += 1) await refusal(pin.check('000001'));
    const second = await refusal(pin.check('000001'));
    expect(second).toMatchObject({ code: 'pin-locked', extra: { lockedUntil: clock.now() + 10 * 60_000 } });
    expect(events.list(10).filter((e) => e.type === 'pin.locked')).toHaveLength(2);
    clock.advance(10 * 60_000);
    await expect(pin.check('482913')).resolves.toBeUndefined();
    // The right PIN clears the count: the next lock is 5 minutes again.
    for (let i = 0; i < 4; i += 1) await refusal(pin.check('000001'));
    expect(await refusal(pin.check('000001'))).toMatchObject({
      extra: { lockedUntil: clock.now() + 5 * 60_000 },
    });
  });

  it('keeps the lock across a restart', async () => {
    const { make, clock } = setup();
    const first = make();
    await first.set('482913');
    for (let i = 0; i < 5; i += 1) await refusal(first.check('000001'));
    const restarted = make();
    expect(restarted.lockedUntil()).toBe(clock.now() + 5 * 60_000);
    expect((await refusal(restarted.check('482913'))).code).toBe('pin-locked');
  });

  it('counts parallel guesses exactly', async () => {
    const { make, events } = setup();
    const pin = make();
    await pin.set('482913');
    const results = await Promise.all(Array.from({ length: 7 }, () => refusal(pin.check('000001'))));
    expect(results.map((r) => r.code)).toEqual([
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'pin-locked',
      'pin-locked',
      'pin-locked',
    ]);
    expect(events.list(10).filter((e) => e.type === 'pin.locked')).toHaveLength(1);
  });

  it('changes only with the current PIN', async () => {
    const pin = setup().make();
    await pin.set('482913');
    expect((await refusal(pin.set('590271', '000001'))).code).toBe('wrong-pin');
    expect((await refusal(pin.set('590271'))).code).toBe('pin-required');
    await pin.set('590271', '482913');
    await expect(pin.check('590271')).resolves.toBeUndefined();
    expect((await refusal(pin.check('482913'))).code).toBe('wrong-pin');
  });

  it('a forgotten PIN is replaced by the reset, which lifts the lock and writes pin.reset', async () => {
    const { make, events } = setup();
    const pin = make();
    await pin.set('482913');
    for (let i = 0; i < 5; i += 1) await refusal(pin.check('000001'));
    await pin.reset('615204');
    expect(pin.lockedUntil()).toBeNull();
    await expect(pin.check('615204')).resolves.toBeUndefined();
    expect(events.list(1)[0]).toMatchObject({ type: 'pin.reset', detail: {} });
  });
});

describe('the PIN bound to the key', () => {
  const keyDir = () => mkdtempSync(join(tmpdir(), 'holdon-pin-key-'));
  /** A guard on the test's store whose hash the first of `ciphers` binds. */
  const guard = (at: ReturnType<typeof setup>, ...ciphers: SecretCipher[]) =>
    createPinGuard({ state: at.state, audit: at.events, clock: at.clock, hash: cheap, ciphers });

  it('keeps nothing in the database that a copy could guess PINs against', async () => {
    const at = setup();
    const { db, state } = at;
    const cipher = createKeyFileCipher(keyDir());
    const pin = guard(at, cipher);
    await pin.set('482913');
    const stored = state.get('pin.hash') as PinHash;
    expect(stored.boundTo).toBe(cipher.name);
    // The copy alone: every guess, the right one too, meets a key it does not have.
    await expect(verifyPin('482913', stored)).rejects.toBeInstanceOf(PinKeyMissing);
    await expect(verifyPin('482913', stored, [createKeyFileCipher(keyDir())])).rejects.toBeInstanceOf(
      PinKeyMissing,
    );
    // With the key, as before.
    await expect(verifyPin('482913', stored, [cipher])).resolves.toBe(true);
    await expect(verifyPin('000001', stored, [cipher])).resolves.toBe(false);
    await expect(pin.check('482913')).resolves.toBeUndefined();
    db.close();
  });

  it('binds a hash stored before at the next right PIN', async () => {
    const at = setup();
    const { state } = at;
    state.put('pin.hash', await cheap('482913'), 0);
    const cipher = createKeyFileCipher(keyDir());
    const pin = guard(at, cipher);
    expect((await refusal(pin.check('000001'))).code).toBe('wrong-pin');
    expect((state.get('pin.hash') as PinHash).boundTo).toBeUndefined();
    await pin.check('482913');
    expect((state.get('pin.hash') as PinHash).boundTo).toBe(cipher.name);
    await expect(pin.check('482913')).resolves.toBeUndefined();
  });

  it('refuses every PIN, without counting it wrong, when the key is gone; a reset sets a new one', async () => {
    const at = setup();
    const { state, events } = at;
    const dir = keyDir();
    await guard(at, createKeyFileCipher(dir)).set('482913');
    rmSync(join(dir, keyFileName));
    const pin = guard(at, createKeyFileCipher(dir));
    for (let i = 0; i < 6; i += 1) expect((await refusal(pin.check('482913'))).code).toBe('pin-unreadable');
    expect(pin.lockedUntil()).toBeNull();
    await pin.reset('730418');
    await expect(pin.check('730418')).resolves.toBeUndefined();
    // Bound to the new key.
    expect((state.get('pin.hash') as PinHash).boundTo).toBe('aes-256-gcm-keyfile');
    expect(events.list(10).map((e) => e.type)).toContain('pin.reset');
  });

  it("checks a PIN the command line reset in the app, whatever key the command line had, and binds it to the app's key", async () => {
    const at = setup();
    const { state } = at;
    const dir = keyDir();
    // `holdon pin reset` runs under plain Node, maybe with another data folder than the app's:
    // the hash it stores is not bound, so the app can always check it.
    await guard(at, createKeyFileCipher(keyDir())).reset('730418');
    expect((state.get('pin.hash') as PinHash).boundTo).toBeUndefined();
    // The app's own key (the keychain), a stand-in with another name.
    const keychain = createKeyFileCipher(keyDir());
    const app: SecretCipher = {
      ...keychain,
      name: 'keychain',
      encrypt: keychain.encrypt,
      decrypt: keychain.decrypt,
    };
    const pin = guard(at, app, createKeyFileCipher(dir));
    expect((await refusal(pin.check('000001'))).code).toBe('wrong-pin');
    await expect(pin.check('730418')).resolves.toBeUndefined();
    expect((state.get('pin.hash') as PinHash).boundTo).toBe('keychain');
    // Bound to the app's key: the key file is not needed for it.
    const later = guard(at, app);
    await expect(later.check('730418')).resolves.toBeUndefined();
  });
});
