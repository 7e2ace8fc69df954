import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Starts a real, harmless process under a remote tool's name: a copy of `sleep` (or `sh`)
 * renamed `AnyDesk.exe`, say, so the sensor sees exactly what it would see on a victim's PC.
 */
export function startRenamed(
  dir: string,
  name: string,
  options: { shell?: string; folder?: string } = {},
): ChildProcess {
  const folder = options.folder ? join(dir, options.folder) : dir;
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  copyFileSync(options.shell === undefined ? '/bin/sleep' : '/bin/sh', path);
  const args = options.shell === undefined ? ['60'] : ['-c', options.shell];
  return spawn(path, args, { stdio: 'ignore' });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
