import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../e2e/support/chromium';

function findMissing(): string | null {
  for (const tool of ['Xvfb', 'openbox', 'xprop', 'xwininfo', 'xwd', 'stdbuf']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  return chromiumPath() ? null : 'Chromium is not installed';
}

/**
 * Why X11 tests cannot run here, or null when Xvfb, openbox, xprop, xwd and Chromium are all
 * there. In CI (`CI` set, where `.ci/run` installs them) a missing tool is an error, so the
 * real-desktop tests can never quietly turn into skipped ones.
 */
export function x11Missing(): string | null {
  const missing = findMissing();
  if (missing !== null && process.env.CI) {
    throw new Error(`CI installs the X11 test tools (.ci/run), but ${missing}`);
  }
  return missing;
}

const stopped = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

export interface XSession {
  readonly display: string;
  /** The environment for programs on this display. */
  readonly env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * A private X server (Xvfb picks a free display and tells it through -displayfd) with the
 * openbox window manager, as on a real desktop: it sets the EWMH window list, the front window
 * and the full-screen state.
 */
export async function startXSession(size = '1280x800'): Promise<XSession> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${size}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    const fd = xvfb.stdio[3] as NodeJS.ReadableStream;
    fd.on('data', (d: Buffer) => {
      text += d.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const env = { ...process.env, DISPLAY: display };
  // openbox announces itself on the root window (_NET_SUPPORTING_WM_CHECK) once it manages
  // windows. `xprop -root -spy` prints the root properties now and again at each change (the
  // property itself cannot be named: its atom does not exist before openbox makes it): the session
  // is ready at that event, without polling (a loop of xprop runs blocked this test process and
  // took 38 s on a machine running two test suites at once).
  // stdbuf: xprop writes through stdio, which holds back a pipe's output until it is full.
  const spy = spawn('stdbuf', ['-oL', 'xprop', '-root', '-spy'], {
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const managed = new Promise<void>((resolve, reject) => {
    let seen = '';
    spy.stdout.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.includes('_NET_SUPPORTING_WM_CHECK(WINDOW): window id')) resolve();
    });
    spy.once('exit', () =>
      reject(new Error(`openbox did not start on ${display} (xprop: ${seen.trim().slice(0, 200)})`)),
    );
  });
  const wm = spawn('openbox', ['--sm-disable'], { env, stdio: 'ignore' });
  let timer: NodeJS.Timeout | undefined;
  try {
    // Longer than the slowest start seen (38 s, on a machine running two suites at once).
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`openbox did not start on ${display} within 60 s`)), 60_000);
    });
    await Promise.race([managed, deadline]);
  } catch (error) {
    // A session that did not start leaves nothing running behind it.
    wm.kill('SIGKILL');
    xvfb.kill('SIGKILL');
    await Promise.all([stopped(wm), stopped(xvfb)]);
    throw error;
  } finally {
    clearTimeout(timer);
    spy.kill('SIGKILL');
  }
  return {
    display,
    env,
    async stop() {
      wm.kill('SIGTERM');
      await stopped(wm);
      xvfb.kill('SIGTERM');
      await stopped(xvfb);
    },
  };
}

export interface ChromiumWindow {
  readonly process: ChildProcess;
  readonly userDataDir: string;
  stop(): Promise<void>;
}

/** Chromium's switches for a test: nothing that reaches the internet, no first-run screens. */
export const quietChromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--password-store=basic',
];

/** Real Chromium on the given display, with a fresh profile and nothing that reaches the internet. */
export function startChromium(
  env: NodeJS.ProcessEnv,
  url: string,
  mode: 'kiosk' | 'window' | 'app' = 'window',
): ChromiumWindow {
  const userDataDir = mkdtempSync(join(tmpdir(), 'holdon-chromium-'));
  const args = [
    ...quietChromiumArgs,
    `--user-data-dir=${userDataDir}`,
    ...(mode === 'kiosk' ? ['--kiosk'] : []),
    mode === 'app' ? `--app=${url}` : url,
  ];
  const child = spawn(chromiumPath() ?? 'chromium', args, { env, stdio: 'ignore', detached: true });
  return {
    process: child,
    userDataDir,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          // The whole process group: the browser and its helpers.
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        await stopped(child);
      }
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serves the pages in tests/fixtures/lockup-pages on 127.0.0.1. */
export async function servePages(): Promise<{
  url(name: string): string;
  titled(title: string): string;
  close(): Promise<void>;
}> {
  const dir = join(__dirname, '../fixtures/lockup-pages');
  const server: Server = createServer((req, res) => {
    // `/titled?t=…`: an empty page with that title (a bank's login page, say).
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/titled') {
      const title = (url.searchParams.get('t') ?? '').replace(/[<>&]/g, '');
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="en"><title>${title}</title><body><h1>${title}</h1></body></html>`);
      return;
    }
    const name = (req.url ?? '/').replace(/^\//, '').replace(/[^a-z0-9.-]/gi, '');
    const path = join(dir, name);
    if (!name || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    titled: (title) => `http://127.0.0.1:${port}/titled?t=${encodeURIComponent(title)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
