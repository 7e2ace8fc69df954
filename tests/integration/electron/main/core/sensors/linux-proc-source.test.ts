import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, openSync, closeSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinuxProcSource } from '../../../../../../electron/main/core/sensors/linux-proc-source';
import type { ProcessInfo } from '../../../../../../shared/catalog/process-info';
import { runDir, startRenamed } from '../../../../../fakes/renamed-process';

const exeOf = (pid: number): string | null => {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
};

describe.runIf(process.platform === 'linux')('the Linux process source (real /proc)', () => {
  it('looks again at a shell that exec()s a remote tool under the same pid, long after it started', async () => {
    const dir = mkdtempSync(join(runDir(), 'exec-'));
    const tool = join(dir, 'AnyDesk.exe');
    copyFileSync('/bin/sleep', tool);
    const fifo = join(dir, 'go');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A wrapper script: it waits, then replaces itself with the tool, as `exec` does.
    const shell = startRenamed('sh', { shell: `read line < '${fifo}'; exec '${tool}' 120` });
    const pid = shell.pid ?? 0;
    let clock = 0;
    const source = createLinuxProcSource('/proc', { now: () => clock });
    const snapshot = async (known: ReadonlyMap<number, ProcessInfo>) =>
      new Map((await source.snapshot(known)).map((p) => [p.pid, p]));

    let known = await snapshot(new Map());
    while (known.get(pid)?.name !== 'sh') known = await snapshot(known);

    // Nothing started or exited on its own account; the shell now turns into the tool.
    closeSync(openSync(fifo, 'w'));
    while (!exeOf(pid)?.endsWith('/AnyDesk.exe')) await new Promise((resolve) => setImmediate(resolve));
    clock += 1000;
    expect(source.unchanged?.()).toBe(false);
    known = await snapshot(known);
    expect(known.get(pid)).toMatchObject({ pid, name: 'AnyDesk.exe', path: tool });
    shell.kill('SIGKILL');
  });
});
