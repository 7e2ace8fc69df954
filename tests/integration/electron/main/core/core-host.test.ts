import BetterSqlite3 from 'better-sqlite3';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../../fakes/test-core';
import { startHttpServer, waitFor } from '../../../../fakes/http-test-server';
import { createMemoryLogger } from '../../../../fakes/memory-logger';
import type { ProtectionStatus } from '../../../../../shared/model/protection';
import { FakeClock } from '../../../../fakes/fake-clock';
import { useTempDir } from '../../../../fakes/temp-dir';
import { migrations } from '../../../../../electron/main/core/store/migrations';

const latestSchema = migrations.at(-1)?.version;

describe('the core host', () => {
  const tempDir = useTempDir();

  it('reports protection status with database path and versions', async () => {
    const dataDir = tempDir();
    const core = createTestCore({ dataDir, logger: createMemoryLogger() });
    const result = await core.invoke('status.get', {});
    expect(result).toMatchObject({
      ok: true,
      value: {
        state: 'protected',
        openIncidents: 0,
        databasePath: join(dataDir, 'holdon.db'),
        versions: { schema: latestSchema },
      },
    });
    core.close();
  });

  it('pushes a status event when protection is paused, and resumes on time', async () => {
    const clock = new FakeClock();
    const core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), clock });
    const seen: ProtectionStatus[] = [];
    core.bus.subscribe((event, payload) => {
      if (event === 'protection.status') seen.push(payload as ProtectionStatus);
    });
    const paused = await core.invoke('protection.pause', { minutes: 15 });
    expect(paused).toMatchObject({ ok: true, value: { state: 'paused' } });
    clock.advance(15 * 60_000);
    expect(seen.map((s) => s.state)).toEqual(['paused', 'protected']);
    expect(core.audit.list(5).map((e) => e.type)).toEqual(['protection.resumed', 'protection.paused']);
    core.close();
  });

  it('imports a valid settings file, exports it back, and refuses a bad one without losing anything', async () => {
    const core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger() });
    expect(await core.invoke('settings.import', { text: '{"language":"de","country":"DE"}' })).toMatchObject({
      ok: true,
    });
    const bad = await core.invoke('settings.import', { text: '{"language":"de","country":"XX"}' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-settings', field: 'country' } });
    const exported = await core.invoke('settings.export', {});
    expect(exported.ok && JSON.parse((exported.value as { text: string }).text)).toEqual({
      language: 'de',
      country: 'DE',
    });
    expect(await core.invoke('settings.update', { language: null })).toEqual({
      ok: true,
      value: { country: 'DE' },
    });
    expect(core.audit.list(10).filter((e) => e.type === 'settings.changed')).toHaveLength(2);
    core.close();
  });

  it('runs from a settings file in headless mode and saves changes back to it', async () => {
    const dir = tempDir();
    const config = join(dir, 'holdon.json');
    writeFileSync(config, '{"language":"es"}');
    const core = createTestCore({ dataDir: dir, configPath: config, logger: createMemoryLogger() });
    expect(await core.invoke('settings.get', {})).toEqual({ ok: true, value: { language: 'es' } });
    await core.invoke('settings.update', { country: 'ES' });
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual({ language: 'es', country: 'ES' });
    core.close();
  });

  it('refuses to start from a settings file with an error, naming the field', () => {
    const dir = tempDir();
    const config = join(dir, 'holdon.json');
    writeFileSync(config, '{"language":"es","pin":"1234"}');
    expect(() => createTestCore({ dataDir: dir, configPath: config, logger: createMemoryLogger() })).toThrow(
      /unknown field "pin"/,
    );
  });

  it('calls the family\'s heartbeat monitor while it runs, keeps its address secret, and says "failed" when stopped', async () => {
    const monitor = await startHttpServer();
    const core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger() });
    try {
      const url = `${monitor.url}/ping/0b1c2d3e`;
      expect(
        await core.invoke('settings.import', { text: JSON.stringify({ heartbeat: { url } }) }),
      ).toMatchObject({
        ok: true,
      });
      const first = monitor.next((r) => r.path === '/ping/0b1c2d3e');
      await core.startProtection();
      expect(await first).toMatchObject({ method: 'POST' });
      // The screens never see the address: anyone with it could send the calls.
      const shown = await core.invoke('settings.get', {});
      expect(shown.ok && shown.value.heartbeat?.url).toBe('•••');
      const failed = monitor.next((r) => r.path === '/ping/0b1c2d3e/fail');
      await core.owner.reportStopped('SIGTERM');
      await failed;
      expect(core.audit.list(3)[0]).toMatchObject({ type: 'app.stopped', detail: { how: 'SIGTERM' } });
    } finally {
      await core.stopProtection();
      core.close();
      await monitor.close();
    }
  });

  it('tells the heartbeat monitor "failed" before the caregiver\'s quit with the PIN takes effect', async () => {
    const monitor = await startHttpServer();
    const order: string[] = [];
    const core = createTestCore({
      dataDir: tempDir(),
      logger: createMemoryLogger(),
      requestQuit: () => order.push('quit'),
    });
    try {
      const url = `${monitor.url}/ping/5e6f7a8b`;
      await core.invoke('settings.import', { text: JSON.stringify({ heartbeat: { url } }) });
      expect(await core.invoke('pin.set', { newPin: '482913' })).toMatchObject({ ok: true });
      const failed = monitor.next((r) => r.path === '/ping/5e6f7a8b/fail');
      expect(await core.invoke('app.quit', { pin: '482913' })).toMatchObject({ value: { quitting: true } });
      const call = await failed;
      order.push('fail');
      expect(call.body).toBe('Hold On quit by the caregiver with the PIN');
      await waitFor(() => order.includes('quit') || undefined, 'the quit');
      expect(order).toEqual(['fail', 'quit']);
    } finally {
      core.close();
      await monitor.close();
    }
  });

  it('tells the user when the database had to be recreated', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'holdon.db'), 'garbage '.repeat(1000));
    const core = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    const status = core.status();
    expect(status.storeRecoveredFrom).toMatch(/holdon\.db\.corrupt-\d+$/);
    expect(core.audit.list(5)[0]?.type).toBe('store.recovered');
    core.close();
  });

  it('gives no phone code for a saved topic it cannot read (its key is gone), even to the PIN', async () => {
    const dir = tempDir();
    const first = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    expect(await first.invoke('pin.set', { newPin: '482913' })).toMatchObject({ ok: true });
    const settings = {
      contacts: [{ name: 'Ann', channels: [{ type: 'ntfy', topic: 'holdon-q3v8k2m7w4x9p5t6r2n8' }] }],
    };
    expect(await first.invoke('settings.save', { pin: '482913', settings })).toMatchObject({ ok: true });
    first.close();
    rmSync(join(dir, 'secrets.key'));
    const again = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    try {
      // The caregiver set a new PIN from the command line (stored unbound, so it can be checked).
      await again.owner.resetPin('730418');
      const shown = await again.invoke('settings.get', {});
      const channel = shown.ok ? shown.value.contacts?.[0]?.channels[0] : undefined;
      const topic = channel?.type === 'ntfy' ? channel.topic : '';
      expect(topic).toMatch(/^•••[0-9a-f]{4}$/);
      expect(await again.invoke('push.code', { topic, pin: '730418' })).toMatchObject({
        ok: false,
        error: {
          code: 'not-found',
          message: 'the saved push topic cannot be read here: connect the phone again',
        },
      });
    } finally {
      again.close();
    }
  });

  it('a deleted database keeps the PIN and tells the family that was set up', async () => {
    const dir = tempDir();
    const first = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    expect(await first.invoke('pin.set', { newPin: '482913' })).toMatchObject({ ok: true });
    const settings = {
      contacts: [{ name: 'Ann', channels: [{ type: 'sms', to: '+12025550100' }] }],
      twilio: { accountSid: `AC${'a'.repeat(32)}`, authToken: 'x'.repeat(32), from: '+12025550199' },
    };
    expect(await first.invoke('settings.save', { pin: '482913', settings })).toMatchObject({ ok: true });
    first.close();
    rmSync(join(dir, 'holdon.db'));
    const core = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    // The PIN still guards the settings: a deleted database is not a way around it.
    expect(await core.invoke('protection.pause', { minutes: 15 })).toMatchObject({
      ok: false,
      error: { code: 'pin-required' },
    });
    expect(core.audit.list(5)[0]).toMatchObject({ type: 'store.recovered', detail: { damage: 'missing' } });
    expect(core.notifier.list(10)).toContainEqual(
      expect.objectContaining({ kind: 'health', contactName: 'Ann', channelTarget: '+12025550100' }),
    );
    core.close();
  });

  it('starts with the last good settings when the stored ones were edited into something invalid, and says so', async () => {
    const dir = tempDir();
    const first = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    expect(await first.invoke('pin.set', { newPin: '482913' })).toMatchObject({ ok: true });
    const contacts = [{ name: 'Ann', channels: [{ type: 'sms', to: '+12025550100' }] }];
    const twilio = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'x'.repeat(32), from: '+12025550199' };
    expect(
      await first.invoke('settings.save', {
        pin: '482913',
        settings: { seniorName: 'Mum', contacts, twilio },
      }),
    ).toMatchObject({ ok: true });
    first.close();
    // Edited by hand with sqlite3: a field no version knows.
    const db = new BetterSqlite3(join(dir, 'holdon.db'));
    db.prepare(
      "UPDATE settings SET value = json_set(value, '$.contacts', 'nobody') WHERE key = 'settings'",
    ).run();
    db.close();
    const core = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    expect(core.settings.load()).toMatchObject({ seniorName: 'Mum', contacts: [{ name: 'Ann' }] });
    expect(core.audit.list(5)).toContainEqual(
      expect.objectContaining({
        type: 'settings.changed',
        detail: { how: 'repaired', fields: ['contacts'] },
      }),
    );
    expect(core.notifier.list(10)).toContainEqual(
      expect.objectContaining({ kind: 'tamper', contactName: 'Ann' }),
    );
    core.close();
  });

  it("keeps protecting when the database cannot be used: a newer app's, a folder in its place, a read-only folder", async () => {
    for (const [n, breakIt] of [
      (dir: string) => {
        const db = new BetterSqlite3(join(dir, 'holdon.db'));
        db.pragma('user_version = 9999');
        db.close();
      },
      (dir: string) => {
        rmSync(join(dir, 'holdon.db'));
        mkdirSync(join(dir, 'holdon.db'));
      },
      (dir: string) => {
        rmSync(join(dir, 'holdon.db'));
        chmodSync(dir, 0o500);
      },
    ].entries()) {
      const dir = tempDir();
      const first = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
      expect(await first.invoke('pin.set', { newPin: '482913' })).toMatchObject({ ok: true });
      expect(
        await first.invoke('settings.save', { pin: '482913', settings: { seniorName: 'Mum' } }),
      ).toMatchObject({ ok: true });
      first.close();
      breakIt(dir);
      try {
        const core = createTestCore({
          dataDir: dir,
          logger: createMemoryLogger(),
          keepProtectingIfStoreFails: true,
        });
        // Root may write to a read-only folder; then nothing is wrong and that is fine too.
        const rootWritesAnyway = n === 2 && process.getuid?.() === 0;
        if (!rootWritesAnyway) {
          expect(core.status()).toMatchObject({ state: 'degraded' });
          expect(core.audit.list(5)).toContainEqual(
            expect.objectContaining({
              type: 'sensor.failed',
              detail: expect.objectContaining({ sensor: 'store' }),
            }),
          );
        }
        // The settings and the PIN are the ones that were set up.
        expect(core.settings.load().seniorName).toBe('Mum');
        expect(await core.invoke('protection.pause', { minutes: 15 })).toMatchObject({
          ok: false,
          error: { code: 'pin-required' },
        });
        await core.startProtection();
        await core.stopProtection();
        core.close();
      } finally {
        chmodSync(dir, 0o700);
      }
    }
  });
});
