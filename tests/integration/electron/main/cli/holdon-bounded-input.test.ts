import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runHoldon } from '../../../../fakes/holdon-cli';
import { useTempDir } from '../../../../fakes/temp-dir';

/**
 * What a script or a scammer could pipe in: an endless stream (/dev/zero), a FIFO nobody writes
 * to. Each command stops with a one-line reason and exit code 2, in a few seconds and without
 * eating the memory (each test's own deadline holds it to that).
 */
describe('holdon reads bounded input (built CLI)', () => {
  const tempDir = useTempDir();
  beforeAll(() => {
    requireBuiltCli();
  });

  it('classify and check-message stop on an endless standard input', async () => {
    const classify = await runHoldon(['classify'], { stdinFrom: '/dev/zero' });
    expect(classify.code).toBe(2);
    expect(classify.stderr).toContain('line 1 is longer than 1 MB; reading stopped there');
    const check = await runHoldon(['check-message'], { stdinFrom: '/dev/zero' });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('the message is larger than 200 KB; nothing was read');
  });

  it('settings import refuses a FIFO, a device and an endless standard input, and changes nothing', async () => {
    const dir = tempDir();
    const env = { HOLDON_DATA_DIR: dir };
    const fifo = join(dir, 'settings.fifo');
    execFileSync('mkfifo', [fifo]);
    const fromFifo = await runHoldon(['settings', 'import', fifo], { env });
    expect(fromFifo.code).toBe(2);
    expect(fromFifo.stderr).toContain('is not a plain file; nothing was read');
    const fromDevice = await runHoldon(['settings', 'import', '/dev/zero'], { env });
    expect(fromDevice.code).toBe(2);
    const fromStdin = await runHoldon(['settings', 'import', '-'], { env, stdinFrom: '/dev/zero' });
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stderr).toContain(
      'the settings on standard input is larger than 2 MB; nothing was read',
    );
    const exported = await runHoldon(['settings', 'export'], { env });
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).not.toHaveProperty('contacts.0');
  });
});
