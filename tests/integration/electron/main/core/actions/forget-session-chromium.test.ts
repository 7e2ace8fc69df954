import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWhere, realDesktopTimeoutMs } from '../../../../../support/describe-where';
import { closeBrowser } from '../../../../../../electron/main/core/actions/close-browser';
import { systemProcessControl } from '../../../../../../electron/main/core/actions/process-control';
import { createLinuxProcSource } from '../../../../../../electron/main/core/sensors/linux-proc-source';
import { chromiumPath } from '../../../../../e2e/support/chromium';
import {
  quietChromiumArgs,
  servePages,
  startXSession,
  x11Missing,
  type XSession,
} from '../../../../../fakes/x-session';

const missing = x11Missing();

async function until<T>(
  what: string,
  ms: number,
  look: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await look();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * "Close the web browser", then the person starts the browser again: with real Chromium on a
 * private X server, a profile set to continue where it left off, whose session holds the scam
 * page. Chromium restores it after an ordinary close (the control), and not once Hold On has
 * closed it.
 */
describeWhere(
  missing,
  'a scam page does not come back after Hold On closes the browser',
  () => {
    let x: XSession;
    let pages: Awaited<ReturnType<typeof servePages>>;
    const userDataDir = mkdtempSync(join(tmpdir(), 'holdon-restore-'));
    const running: ChildProcess[] = [];

    beforeAll(async () => {
      x = await startXSession();
      pages = await servePages();
      // "Continue where you left off", as many people have it: the browser reopens the last pages.
      mkdirSync(join(userDataDir, 'Default'), { recursive: true });
      writeFileSync(
        join(userDataDir, 'Default', 'Preferences'),
        JSON.stringify({ session: { restore_on_startup: 1 } }),
      );
    }, realDesktopTimeoutMs);
    afterAll(async () => {
      for (const child of running) {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
      await pages.close();
      await x.stop();
      rmSync(userDataDir, { recursive: true, force: true });
    });

    /** Chromium on this profile, with DevTools to list its tabs. */
    function chromium(url: string | null): ChildProcess {
      rmSync(join(userDataDir, 'DevToolsActivePort'), { force: true });
      const args = [
        ...quietChromiumArgs,
        '--remote-debugging-port=0',
        `--user-data-dir=${userDataDir}`,
        ...(url ? [url] : []),
      ];
      const child = spawn(chromiumPath() ?? 'chromium', args, {
        env: x.env,
        stdio: 'ignore',
        detached: true,
      });
      running.push(child);
      return child;
    }

    async function openPages(): Promise<string[]> {
      const port = await until('DevTools', 20_000, () => {
        const file = join(userDataDir, 'DevToolsActivePort');
        return existsSync(file) ? readFileSync(file, 'utf8').split('\n')[0] || undefined : undefined;
      });
      // The restored tabs appear a moment after the browser starts.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
        type: string;
        url: string;
      }[];
      return list.filter((t) => t.type === 'page').map((t) => t.url);
    }

    const sessionHolds = (url: string): boolean => {
      const dir = join(userDataDir, 'Default', 'Sessions');
      if (!existsSync(dir)) return false;
      return readdirSync(dir).some((f) => readFileSync(join(dir, f)).includes(Buffer.from(url)));
    };

    async function processes() {
      const list = await createLinuxProcSource().snapshot(new Map());
      return new Map(list.map((p) => [p.pid, p]));
    }

    it('is restored when the browser was just closed, and not after "Close the web browser"', async () => {
      const scam = pages.url('scam-title.html');
      const first = chromium(scam);
      await until('the session to be saved', 30_000, () => (sessionHolds(scam) ? true : undefined));
      // Control: closed by the person (or by a scammer's script), Chromium brings the page back.
      process.kill(first.pid ?? 0, 'SIGTERM');
      await new Promise((resolve) => first.once('exit', resolve));
      const second = chromium(null);
      expect(await openPages()).toContain(scam);
      await until('the restored session to be saved', 30_000, () => (sessionHolds(scam) ? true : undefined));

      const result = await closeBrowser(
        { pid: second.pid ?? null, browserName: 'Chromium', processName: null },
        await processes(),
        systemProcessControl,
      );
      expect(result.status).toBe('closed');
      expect(result.forgottenSession).toContain(join(userDataDir, 'Default', 'Sessions'));
      // Only session data was removed: the profile (its settings, history, cookies) is still there.
      expect(existsSync(join(userDataDir, 'Default', 'Preferences'))).toBe(true);

      chromium(null);
      const after = await openPages();
      expect(after).not.toContain(scam);
    });
  },
  { timeout: realDesktopTimeoutMs },
);
