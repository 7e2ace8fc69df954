import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, alertsFor } from '../../../../../fakes/test-core';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { keyFileName } from '../../../../../../electron/main/core/settings/key-file-cipher';
import { FakeProcessSource } from '../../../../../fakes/fake-process-source';
import { alertCore, incident, webhookSecret } from '../../../../../fakes/alert-core';
import { startHttpServer, waitFor } from '../../../../../fakes/http-test-server';
import { useTempDir } from '../../../../../fakes/temp-dir';

const settingsFor = (base: string) => ({
  contacts: [{ name: 'Ann', channels: [{ type: 'webhook', url: `${base}/hook`, secret: webhookSecret }] }],
  email: { smtpUrl: 'smtp://holdon:smtp-password-1@127.0.0.1:1', from: 'Hold On <h@example.test>' },
});

describe('secrets at rest in the database', () => {
  const tempDir = useTempDir();
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('stores them encrypted, keeps them through a redacted round trip, and says so plainly when the key is lost', async () => {
    const server = await startHttpServer();
    cleanups.push(server.close);
    const dir = tempDir();
    const core = await alertCore(dir, settingsFor(server.url));
    cleanups.push(() => core.close());
    const db = ['holdon.db', 'holdon.db-wal']
      .map((name) => join(dir, name))
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path).toString('latin1'))
      .join('');
    // The webhook's address is a secret too: its server shows, its path does not.
    expect(db).toContain(new URL(server.url).host);
    expect(db).not.toContain('/hook');
    expect(db).not.toContain(webhookSecret);
    expect(db).not.toContain('smtp-password-1');
    // Only sending an alert reads the secrets; everything else sees "•••".
    expect(core.settings.load().contacts?.[0]?.channels[0]).toMatchObject({
      url: expect.stringMatching(/\/•••[0-9a-f]{4}$/) as string,
      secret: '•••',
    });
    expect(core.settings.reveal().contacts?.[0]?.channels[0]).toMatchObject({ secret: webhookSecret });

    // The screens export, edit and import the redacted file: the stored secrets stay.
    const exported = await core.invoke('settings.export', {});
    const { text: redacted } = (exported.ok ? exported.value : { text: '' }) as { text: string };
    expect(redacted).toContain('•••');
    expect(redacted).not.toContain(webhookSecret);
    const text = redacted.replace('"contacts"', '"seniorName": "Mum", "contacts"');
    expect(await core.invoke('settings.import', { text })).toMatchObject({ ok: true });
    expect(core.settings.reveal()).toMatchObject({
      seniorName: 'Mum',
      contacts: [{ channels: [{ secret: webhookSecret }] }],
      email: { smtpUrl: 'smtp://holdon:smtp-password-1@127.0.0.1:1' },
    });
    core.close();

    // The key file is gone (the database was copied to another computer): the secret is
    // unreadable, the alert says what to do, and nothing else breaks.
    rmSync(join(dir, keyFileName));
    const again = createTestCore({
      dataDir: dir,
      logger: createMemoryLogger(),
      processSource: new FakeProcessSource(),
    });
    cleanups.push(() => again.close());
    expect(again.settings.reveal()).toMatchObject({
      seniorName: 'Mum',
      contacts: [
        { channels: [{ url: expect.stringMatching(/\/•••[0-9a-f]{4}$/) as string, secret: '•••' }] },
      ],
    });
    // Never quiet: protection says it is degraded from the start, and the history says why.
    expect(again.status()).toMatchObject({ state: 'degraded' });
    expect(again.audit.list(10)).toContainEqual(
      expect.objectContaining({
        type: 'sensor.failed',
        detail: { sensor: 'secrets', reason: 'secrets-unreadable' },
      }),
    );
    again.notifier.start();
    again.sink.opened(incident('inc-key'));
    const failed = await waitFor(
      () => alertsFor(again, 'inc-key').find((d) => d.status === 'failed'),
      'failure',
    );
    expect(failed.lastError).toBe(
      'The saved webhook address could not be read on this computer. Enter it again ("url").',
    );
    expect(server.received.filter((r) => r.headers['x-holdon-idempotency-key'] === 'inc-key:0:0')).toEqual(
      [],
    );
    // The caregiver enters the secret again: protection is whole again.
    const fixed = settingsFor(server.url);
    expect(await again.invoke('settings.import', { text: JSON.stringify(fixed) })).toMatchObject({
      ok: true,
    });
    again.settings.reveal();
    expect(again.status().degradedReasons).toEqual([]);
  });
});
