import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where this test run keeps the renamed copies: one folder per run (set by the runners' global
 * setup in HOLDON_TEST_RUN_DIR), so the end-of-run check finds exactly this run's leftovers and
 * never another run's.
 */
export function runDir(): string {
  if (!process.env.HOLDON_TEST_RUN_DIR) {
    process.env.HOLDON_TEST_RUN_DIR = mkdtempSync(join(tmpdir(), 'holdon-test-run-'));
  }
  return process.env.HOLDON_TEST_RUN_DIR;
}

/** Every renamed process this test process started and has not seen end. */
const started = new Set<ChildProcess>();

/**
 * Starts a real, harmless process under a remote tool's name: a copy of `sleep` (or `sh`)
 * renamed `AnyDesk.exe`, say, so the sensor sees exactly what it would see on a victim's PC.
 * `folder` puts it in a folder of that name (`Downloads`). It is tracked: `stopRenamed()` ends
 * it (the runners call it after every test, passed or failed).
 */
export function startRenamed(name: string, options: { shell?: string; folder?: string } = {}): ChildProcess {
  const base = mkdtempSync(join(runDir(), 'p-'));
  const folder = options.folder ? join(base, options.folder) : base;
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  copyFileSync(options.shell === undefined ? '/bin/sleep' : '/bin/sh', path);
  const args = options.shell === undefined ? ['120'] : ['-c', options.shell];
  const child = spawn(path, args, { stdio: 'ignore' });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Ends every renamed process this test process started, and waits until each is gone. */
export async function stopRenamed(): Promise<void> {
  const running = [...started];
  for (const child of running) child.kill('SIGKILL');
  await Promise.all(running.map(exited));
}

/**
 * Processes still running from this run's renamed copies (leaked by a test), as `pid path`.
 * With `kill`, they are ended too, so a failed run leaves nothing behind.
 */
export function leftoverRenamed(dir: string, options: { kill?: boolean } = {}): string[] {
  const left: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let exe: string;
    try {
      exe = readlinkSync(`/proc/${entry}/exe`).replace(/ \(deleted\)$/, '');
    } catch {
      continue;
    }
    if (!exe.startsWith(`${dir}/`)) continue;
    left.push(`${entry} ${exe}`);
    if (options.kill) {
      try {
        process.kill(Number(entry), 'SIGKILL');
      } catch {
        // Gone in the meantime.
      }
    }
  }
  return left;
}
