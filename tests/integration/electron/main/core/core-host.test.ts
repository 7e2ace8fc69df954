import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../../fakes/test-core';
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

  it('tells the user when the database had to be recreated', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'holdon.db'), 'garbage '.repeat(1000));
    const core = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    const status = core.status();
    expect(status.storeRecoveredFrom).toMatch(/holdon\.db\.corrupt-\d+$/);
    expect(core.audit.list(5)[0]?.type).toBe('store.recovered');
    core.close();
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
});
