import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { isolatedEnv } from './test-core';

/** The real command line, as `npx holdon` runs it (built by `npm run build`). */
export const holdonBin = join(__dirname, '../../bin/holdon.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Fails a suite at once, with the fix, when the CLI was not built. */
export function requireBuiltCli(): void {
  if (!existsSync(join(__dirname, '../../out/main/cli.js'))) {
    throw new Error('The CLI is not built: run "npm run build" before this test (npm test does).');
  }
}

/**
 * Runs the real, built CLI the way a user or a script would: extra environment variables, and
 * what is piped into it (nothing by default: standard input is closed at once).
 */
export function runHoldon(
  args: readonly string[],
  options: {
    readonly env?: Readonly<Record<string, string>>;
    readonly input?: string;
    /** A file standard input is read from instead (`< /dev/zero`). */
    readonly stdinFrom?: string;
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const stdinFd = options.stdinFrom === undefined ? null : openSync(options.stdinFrom, 'r');
    const child = spawn(process.execPath, [holdonBin, ...args], {
      // The CLI's sensors see this test's processes only (tests/fakes/test-core.ts).
      env: isolatedEnv(options.env),
      stdio: [stdinFd ?? 'pipe', 'pipe', 'pipe'],
    });
    if (stdinFd !== null) closeSync(stdinFd);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin?.end(options.input ?? '');
  });
}
