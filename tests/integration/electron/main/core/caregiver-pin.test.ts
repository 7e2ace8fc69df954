import { describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../../../fakes/test-core';
import { createMemoryLogger } from '../../../../fakes/memory-logger';
import type { Channel, RequestOf } from '../../../../../shared/ipc/contract';
import { FakeClock } from '../../../../fakes/fake-clock';
import { useTempDir } from '../../../../fakes/temp-dir';

const pin = '482913';

/** Every request that lowers protection or reveals the family's set-up, as the screens send it. */
const gated: { [C in Channel]?: RequestOf<C> } = {
  'protection.pause': { minutes: 15 },
  'settings.save': { settings: { protection: { level: 'warn' } } },
  'settings.export': {},
  'settings.import': { text: '{"protection":{"level":"warn"}}' },
  'setup.complete': {},
  'app.quit': {},
};

describe('the caregiver PIN in the core', () => {
  const tempDir = useTempDir();
  async function setUp(
    extra: { requestQuit?: () => void } = {},
  ): Promise<{ core: TestCore; clock: FakeClock }> {
    const clock = new FakeClock();
    const core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), clock, ...extra });
    expect(await core.invoke('pin.set', { newPin: pin })).toMatchObject({
      ok: true,
      value: { pinSet: true },
    });
    await core.invoke('settings.save', { pin, settings: { protection: { level: 'block' } } });
    return { core, clock };
  }

  it('refuses every protected request without the PIN, or with a wrong one, and changes nothing', async () => {
    let quits = 0;
    const { core } = await setUp({ requestQuit: () => (quits += 1) });
    for (const [channel, request] of Object.entries(gated)) {
      const without = await core.invoke(channel, request);
      expect(without, channel).toMatchObject({ ok: false, error: { code: 'pin-required', field: 'pin' } });
      const wrong = await core.invoke(channel, { ...request, pin: '000001' });
      expect(wrong, channel).toMatchObject({
        ok: false,
        error: { code: expect.stringMatching(/wrong-pin|pin-locked/) },
      });
      // Put the count back, so the next channel sees wrong-pin rather than a lock.
      await core.invoke('pin.check', { pin });
    }
    expect(core.settings.load().protection?.level).toBe('block');
    expect(core.status().pausedUntil).toBeNull();
    expect(core.setup.completedAt()).toBeNull();
    expect(quits).toBe(0);
    core.close();
  });

  it('with the PIN: pause, save, export with secrets hidden, finish setup, quit', async () => {
    let quits = 0;
    const { core, clock } = await setUp({ requestQuit: () => (quits += 1) });
    const paused = await core.invoke('protection.pause', { minutes: 15, pin });
    expect(paused).toMatchObject({
      ok: true,
      value: { state: 'paused', pausedUntil: clock.now() + 15 * 60_000 },
    });
    // Pauses end by themselves.
    clock.advance(15 * 60_000);
    expect(core.status().state).toBe('protected');
    expect(core.audit.list(2).map((e) => e.type)).toEqual(['protection.resumed', 'protection.paused']);

    const saved = await core.invoke('settings.save', {
      pin,
      settings: {
        contacts: [{ name: 'Ann', channels: [{ type: 'email', to: 'ann@example.test' }] }],
        email: { smtpUrl: 'smtp://holdon:secret@127.0.0.1:2525', from: 'holdon@example.test' },
      },
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { email: { smtpUrl: 'smtp://holdon:•••@127.0.0.1:2525' } },
    });
    // Saved before the setup was finished: written down as the setup's own work (no alert).
    expect(core.audit.list(1)[0]).toMatchObject({
      type: 'settings.changed',
      detail: { how: 'setup', fields: ['contacts', 'email', 'protection'] },
    });
    // Saving back what the screen got keeps the password.
    if (!saved.ok) throw new Error('not saved');
    const shown = saved.value as Record<string, unknown>;
    await core.invoke('settings.save', { pin, settings: { ...shown, seniorName: 'Mum' } });
    expect(core.settings.reveal().email?.smtpUrl).toBe('smtp://holdon:secret@127.0.0.1:2525');

    const exported = await core.invoke('settings.export', { pin });
    const text = exported.ok ? (exported.value as { text: string }).text : '';
    expect(text).toContain('"smtpUrl": "smtp://holdon:•••@127.0.0.1:2525"');
    expect(text).not.toContain('secret');

    expect(await core.invoke('setup.complete', { pin })).toMatchObject({
      ok: true,
      value: { completedAt: clock.now(), pinSet: true },
    });
    // From now on a change is the caregiver's (or someone else's): written as such, and alerted.
    await core.invoke('settings.save', { pin, settings: { seniorName: 'Mum' } });
    expect(core.audit.list(1)[0]).toMatchObject({
      type: 'settings.changed',
      detail: { how: 'screen' },
    });
    const quit = await core.invoke('app.quit', { pin });
    expect(quit).toMatchObject({ ok: true, value: { quitting: true } });
    await new Promise<void>((resolve) => {
      const wait = (): void => void (quits > 0 ? resolve() : setTimeout(wait, 10));
      wait();
    });
    expect(core.audit.list(1)[0]).toMatchObject({ type: 'app.quit', detail: { by: 'caregiver' } });
    core.close();
  });

  it('an import with a bad field is refused with a message naming it, and nothing changes', async () => {
    const { core } = await setUp();
    const bad = await core.invoke('settings.import', {
      pin,
      text: '{"protection":{"level":"off"},"contacts":[{"name":"Ann","channels":[{"type":"email","to":"nope"}]}]}',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-settings', field: 'protection.level' } });
    expect(!bad.ok && bad.error.message).toContain('field "protection.level"');
    expect(!bad.ok && bad.error.message).toContain('field "contacts[0].channels[0].to"');
    const typo = await core.invoke('settings.import', { pin, text: '{"langauge":"de"}' });
    expect(typo).toMatchObject({
      ok: false,
      error: { field: 'langauge', message: 'unknown field "langauge"' },
    });
    const unknownTool = await core.invoke('settings.import', {
      pin,
      text: '{"allowedTools":[{"toolId":"teamveiwer"}]}',
    });
    expect(unknownTool).toMatchObject({ ok: false, error: { field: 'allowedTools[0].toolId' } });
    expect(core.settings.load()).toEqual({ protection: { level: 'block' } });
    core.close();
  });

  it('five wrong PINs lock it and write pin.locked for the family', async () => {
    const { core, clock } = await setUp();
    for (let i = 0; i < 4; i += 1) await core.invoke('pin.check', { pin: '000001' });
    const locked = await core.invoke('protection.pause', { minutes: 60, pin: '000001' });
    expect(locked).toMatchObject({
      ok: false,
      error: { code: 'pin-locked', lockedUntil: clock.now() + 300_000 },
    });
    expect(await core.invoke('setup.status', {})).toMatchObject({
      ok: true,
      value: { pinLockedUntil: clock.now() + 300_000 },
    });
    expect(core.audit.list(1)[0]).toMatchObject({ type: 'pin.locked', detail: { failures: 5 } });
    core.close();
  });

  it('language and country stay open to the person, without the PIN', async () => {
    const { core } = await setUp();
    expect(await core.invoke('settings.update', { language: 'de' })).toMatchObject({ ok: true });
    expect(core.settings.load()).toMatchObject({ language: 'de', protection: { level: 'block' } });
    core.close();
  });
});
