import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stopRenamed } from '../../fakes/renamed-process';

export interface PreviewServer {
  readonly url: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
}

const root = join(__dirname, '../../..');

/** The caregiver PIN of a set-up preview (see `startPreview`). */
export const caregiverPin = '246810';

export interface PreviewOptions {
  /**
   * Start as a new install: no caregiver PIN and the setup screens first. By default the
   * preview is already set up (PIN `caregiverPin`), so specs start at the home screen.
   */
  readonly firstRun?: boolean;
  /** The host's environment (default: this process's), e.g. an X display to watch. */
  readonly env?: NodeJS.ProcessEnv;
  /** A data folder left by an earlier host (default: a fresh one). */
  readonly dataDir?: string;
}

/** Starts the real preview host (`out/main/preview.js`) on a free port with a fresh data folder. */
export async function startPreview(
  extraArgs: readonly string[] = [],
  options: PreviewOptions = {},
): Promise<PreviewServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'holdon-e2e-'));
  const setup = options.firstRun ? [] : ['--setup-pin', caregiverPin];
  const child = spawn(
    process.execPath,
    [join(root, 'out/main/preview.js'), '--port', '0', '--data-dir', dataDir, ...setup, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The host's sensors see this worker's processes only: its own renamed tools and browsers.
      env: { ...(options.env ?? process.env), HOLDON_TEST_PROCESS_ROOT: String(process.pid) },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stdout = child.stdout;
  if (!stdout) throw new Error('the preview host has no standard output');
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    lines.once('line', (line) => {
      const match = /^Preview: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line);
      if (match?.[1]) resolve(match[1]);
      else reject(new Error(`unexpected first line: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`preview host exited with ${code}: ${stderr}`)));
  });
  return { url, dataDir, process: child };
}

/** Ends the host and waits for it; its data folder stays. */
async function endHost(server: PreviewServer): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) =>
    server.process.once('exit', (code) => resolve(code)),
  );
  server.process.kill('SIGTERM');
  return exited;
}

export async function stopPreview(server: PreviewServer): Promise<number | null> {
  const code = await endHost(server);
  rmSync(server.dataDir, { recursive: true, force: true });
  return code;
}

/**
 * Restarts the host on its data folder, as the computer restarting the app would; `between`
 * runs while it is stopped (a file deleted, say). No `--setup-pin`: the folder is set up.
 */
export async function restartPreview(server: PreviewServer, between: () => void): Promise<PreviewServer> {
  await endHost(server);
  between();
  return startPreview([], { firstRun: true, dataDir: server.dataDir });
}

/** Starts the preview host with a settings file (headless mode) holding `settings`. */
export async function startPreviewWith(
  settings: Readonly<Record<string, unknown>>,
  options: PreviewOptions = {},
): Promise<PreviewServer> {
  const dir = mkdtempSync(join(tmpdir(), 'holdon-e2e-config-'));
  const file = join(dir, 'holdon.json');
  writeFileSync(file, JSON.stringify(settings));
  return startPreview(['--config', file], options);
}

export const test = base.extend<{ preview: PreviewServer; endRenamed: undefined }>({
  preview: async ({}, use) => {
    const server = await startPreview();
    await use(server);
    await stopPreview(server);
  },
  // Every renamed process a test started ends with the test, passed or failed.
  endRenamed: [
    async ({}, use) => {
      await use(undefined);
      await stopRenamed();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
