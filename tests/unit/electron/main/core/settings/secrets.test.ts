import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createKeyFileCipher,
  keyFileName,
} from '../../../../../../electron/main/core/settings/key-file-cipher';
import BetterSqlite3 from 'better-sqlite3';
import {
  createDatabaseSettings,
  createFileSettings,
  type SettingsSource,
} from '../../../../../../electron/main/core/settings/settings-source';
import { migrate } from '../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../electron/main/core/store/migrations';
import { createSettingsRepository } from '../../../../../../electron/main/core/store/settings-repository';
import { redactSettings } from '../../../../../../shared/settings/redact';
import { settingsToText } from '../../../../../../shared/settings/settings-validation';
import { writeFileSync } from 'node:fs';
import { validateSettings } from '../../../../../../shared/settings/settings-validation';
import type { Settings } from '../../../../../../shared/settings/settings-schema';

const parse = (value: unknown): Settings => {
  const parsed = validateSettings(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.settings;
};

const full = parse({
  contacts: [
    {
      name: 'Ann',
      channels: [
        { type: 'email', to: 'ann@example.test' },
        { type: 'ntfy', topic: 'holdon-ann', token: 'tk_ann_secret' },
      ],
    },
    {
      name: 'Bob',
      channels: [{ type: 'webhook', url: 'https://home.example.test/hook', secret: 'bob-webhook-secret-1' }],
    },
  ],
  email: { smtpUrl: 'smtp://holdon:p%40ss-word@mail.example.test:587', from: 'Hold On <h@example.test>' },
  twilio: { accountSid: `AC${'a'.repeat(32)}`, authToken: 'twilio-secret', from: '+15005550006' },
});

/** The two places settings live: the database (secrets encrypted) and a headless settings file. */
function sources(): SettingsSource[] {
  const dir = mkdtempSync(join(tmpdir(), 'holdon-settings-'));
  const db = new BetterSqlite3(':memory:');
  migrate(db, ':memory:', migrations);
  const database = createDatabaseSettings(createSettingsRepository(db), () => 0, ':memory:', {
    cipher: createKeyFileCipher(dir),
  });
  const file = join(dir, 'holdon.json');
  writeFileSync(file, settingsToText({}));
  return [database, createFileSettings(file)];
}

describe('secrets in the settings', () => {
  it('never reach the screens: every password, token and secret becomes •••, every topic, webhook and account its mask', () => {
    const text = JSON.stringify(redactSettings(full));
    for (const secret of [
      'p%40ss-word',
      'p@ss-word',
      'tk_ann_secret',
      'bob-webhook-secret-1',
      'twilio-secret',
      'holdon-ann',
      '/hook',
      'a'.repeat(32),
    ])
      expect(text).not.toContain(secret);
    const redacted = redactSettings(full);
    expect(redacted.twilio?.authToken).toBe('•••');
    expect(redacted.twilio?.accountSid).toMatch(/^AC•••[0-9a-f]{4}$/);
    expect(redacted.contacts?.[0]?.channels[1]).toEqual({
      type: 'ntfy',
      topic: expect.stringMatching(/^•••[0-9a-f]{4}$/) as string,
      token: '•••',
    });
    expect(redacted.contacts?.[1]?.channels[0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/home\.example\.test\/•••[0-9a-f]{4}$/) as string,
    });
    expect(redacted.email?.smtpUrl).toMatch(/^smtp:\/\/holdon:.+@mail\.example\.test:587$/);
    // What the screens get is still a valid settings file.
    expect(validateSettings(redacted).ok).toBe(true);
  });

  it('come back from the stored settings when the screens send ••• (even after reordering)', () => {
    for (const source of sources()) {
      source.save(full);
      const edited = source.load();
      const reordered: Settings = { ...edited, contacts: [...(edited.contacts ?? [])].reverse() };
      expect(source.save(reordered).changedSecrets).toEqual([]);
      const restored = source.reveal();
      expect(restored.contacts?.[1]?.channels[1]).toMatchObject({ token: 'tk_ann_secret' });
      expect(restored.contacts?.[0]?.channels[0]).toMatchObject({ secret: 'bob-webhook-secret-1' });
      expect(restored.twilio?.authToken).toBe('twilio-secret');
      expect(restored.twilio?.accountSid).toBe(full.twilio?.accountSid);
      expect(restored.contacts?.[1]?.channels[1]).toMatchObject({ topic: 'holdon-ann' });
      expect(restored.contacts?.[0]?.channels[0]).toMatchObject({ url: 'https://home.example.test/hook' });
      expect(restored.email?.smtpUrl).toBe(full.email?.smtpUrl);
      // Everything but sending an alert reads the snapshot, which holds no secret.
      expect(JSON.stringify(source.load())).not.toMatch(
        /tk_ann_secret|twilio-secret|bob-webhook|p%40ss|holdon-ann|\/hook|aaaaaaaa/,
      );
    }
  });

  it('survive a save made while the key is missing, and read again once it is back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdon-settings-'));
    const db = new BetterSqlite3(':memory:');
    migrate(db, ':memory:', migrations);
    const repo = createSettingsRepository(db);
    const open = () =>
      createDatabaseSettings(repo, () => 0, ':memory:', { cipher: createKeyFileCipher(dir) });
    open().save(full);
    const key = readFileSync(join(dir, keyFileName));
    rmSync(join(dir, keyFileName));
    // Another key now (the file is made again): nothing reads, and the person changes the language.
    const without = open();
    expect(without.reveal().contacts?.[1]?.channels[0]).toMatchObject({ secret: '•••' });
    without.save({ ...without.load(), language: 'de' });
    // The old key is back: every secret is there, with the new language.
    writeFileSync(join(dir, keyFileName), key);
    const back = open().reveal();
    expect(back.language).toBe('de');
    expect(back.contacts).toEqual(full.contacts);
    expect(back.twilio).toEqual(full.twilio);
    expect(back.email).toEqual(full.email);
  });

  it('keep two webhooks that differ only by their query apart through a save of what the screens saw', () => {
    const hooks = parse({
      contacts: [
        {
          name: 'Bob',
          channels: [
            {
              type: 'webhook',
              url: 'https://home.example.test/notify?to=ann',
              secret: 'bob-webhook-secret-1',
            },
            {
              type: 'webhook',
              url: 'https://home.example.test/notify?to=bob',
              secret: 'bob-webhook-secret-2',
            },
          ],
        },
      ],
    });
    for (const source of sources()) {
      source.save(hooks);
      const shown = source.load().contacts?.[0]?.channels ?? [];
      expect(new Set(shown.map((c) => (c.type === 'webhook' ? c.url : ''))).size).toBe(2);
      source.save(source.load());
      expect(source.reveal().contacts?.[0]?.channels).toEqual(hooks.contacts?.[0]?.channels);
    }
  });

  it('take a newly typed value, name the fields whose secrets changed, and stay ••• when nothing was stored', () => {
    for (const source of sources()) {
      source.save(full);
      const next = parse({
        ...source.load(),
        twilio: { accountSid: `AC${'b'.repeat(32)}`, authToken: '•••', from: '+15005550006' },
        contacts: [{ name: 'Ann', channels: [{ type: 'ntfy', topic: 'holdon-ann', token: 'tk_new' }] }],
      });
      expect([...source.save(next).changedSecrets].sort()).toEqual(['contacts', 'twilio']);
      const restored = source.reveal();
      expect(restored.contacts?.[0]?.channels[0]).toMatchObject({ token: 'tk_new' });
      // Another Twilio account: the old token must not be given to it.
      expect(restored.twilio?.authToken).toBe('•••');
      // The same password typed again is no change.
      expect(source.save({ ...source.reveal() }).changedSecrets).toEqual([]);
    }
  });

  it('are read again when another process changed the database (the CLI while the app runs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdon-settings-'));
    const open = () => {
      const db = new BetterSqlite3(join(dir, 'holdon.db'));
      migrate(db, 'holdon.db', migrations);
      const repo = createSettingsRepository(db);
      return {
        db,
        source: createDatabaseSettings(repo, () => 0, 'holdon.db', { cipher: createKeyFileCipher(dir) }),
      };
    };
    const app = open();
    const cli = open();
    app.source.save(full);
    expect(app.source.load().seniorName).toBeUndefined();
    cli.source.save({ ...cli.source.load(), seniorName: 'Mum' });
    expect(app.source.load().seniorName).toBe('Mum');
    expect(app.source.reveal().twilio?.authToken).toBe('twilio-secret');
    app.db.close();
    cli.db.close();
  });
});

describe('the key-file cipher (AES-256-GCM)', () => {
  it('round-trips, uses a fresh IV each time and keeps its key in a file only the user can read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdon-key-'));
    const cipher = createKeyFileCipher(dir);
    const a = cipher.encrypt('tk_ann_secret');
    const b = cipher.encrypt('tk_ann_secret');
    expect(a).not.toBe(b);
    expect(a).not.toContain('tk_ann_secret');
    expect(cipher.decrypt(a)).toBe('tk_ann_secret');
    expect(createKeyFileCipher(dir).decrypt(b)).toBe('tk_ann_secret');
    expect(statSync(join(dir, keyFileName)).mode & 0o777).toBe(0o600);
  });

  it('refuses a value made with another key or changed on disk', () => {
    const one = createKeyFileCipher(mkdtempSync(join(tmpdir(), 'holdon-key-')));
    const other = createKeyFileCipher(mkdtempSync(join(tmpdir(), 'holdon-key-')));
    const stored = one.encrypt('secret');
    expect(() => other.decrypt(stored)).toThrow();
    // Change one character of the ciphertext (to a different one, whatever it was).
    const changed = stored.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${stored.slice(0, -2)}${changed}${stored.slice(-1)}`;
    expect(tampered).not.toBe(stored);
    expect(() => one.decrypt(tampered)).toThrow();
  });
});
