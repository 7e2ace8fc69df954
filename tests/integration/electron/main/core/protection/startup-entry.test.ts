import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  autostartDir,
  autostartFileName,
  enableXdgAutostart,
  isXdgAutostartEnabled,
} from '../../../../../../electron/main/core/autostart/xdg-autostart';
import { startupCheckMs } from '../../../../../../electron/main/core/protection/startup-entry-watch';
import { FakeClock } from '../../../../../fakes/fake-clock';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { createTestCore, type TestCore } from '../../../../../fakes/test-core';
import { useTempDir } from '../../../../../fakes/temp-dir';

describe('the XDG autostart file, removed while Hold On runs', () => {
  const tempDir = useTempDir();
  let core: TestCore | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  it('is put back within a minute, and the family hears of it', async () => {
    const env = { XDG_CONFIG_HOME: tempDir() };
    const file = join(autostartDir(env), autostartFileName);
    const clock = new FakeClock(Date.now());
    core = createTestCore({
      dataDir: tempDir(),
      logger: createMemoryLogger(),
      clock,
      startupEntry: {
        isRegistered: () => isXdgAutostartEnabled(env),
        register: () => void enableXdgAutostart(['/opt/Hold On/holdon', '--hidden'], env),
      },
    });
    await core.invoke('pin.set', { newPin: '482913' });
    const contacts = [{ name: 'Ann', channels: [{ type: 'sms', to: '+12025550100' }] }];
    const twilio = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'x'.repeat(32), from: '+12025550199' };
    await core.invoke('settings.save', { pin: '482913', settings: { contacts, twilio } });
    await core.startProtection();
    expect(existsSync(file)).toBe(true);

    rmSync(file);
    clock.advance(startupCheckMs);
    expect(existsSync(file)).toBe(true);
    const told = core.notifier
      .list(50)
      .filter((d) => d.kind === 'tamper' && d.message.event === 'autostart.removed');
    expect(told.map((d) => [d.contactName, d.message.subject])).toEqual([
      ['Ann', expect.stringMatching(/^Hold On was removed from start-up on /)],
    ]);
    await core.stopProtection();
  });
});
