import { isolatedEnv } from '../../../../fakes/test-core';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { describeWhere, realDesktopTimeoutMs } from '../../../../support/describe-where';
import { useRealDesktop } from '../../../../support/real-desktop';
import { holdonBin, requireBuiltCli } from '../../../../fakes/holdon-cli';
import { exited } from '../../../../fakes/renamed-process';
import { useTempDir } from '../../../../fakes/temp-dir';
import { startChromium, x11Missing, type ChromiumWindow } from '../../../../fakes/x-session';

const run = promisify(execFile);
const missing = x11Missing();

interface ScanWindow {
  title: string;
  pid: number | null;
  browser: string | null;
  fullscreen: boolean;
  verdict: { scam: boolean; score: number; reasons: string[] };
}

describeWhere(
  missing,
  'holdon scan and watch see scam pages (Xvfb, real Chromium)',
  () => {
    const tempDir = useTempDir();
    const desktop = useRealDesktop();
    const browsers: ChromiumWindow[] = [];
    const children: ChildProcess[] = [];

    beforeAll(() => requireBuiltCli());
    afterEach(async () => {
      for (const child of children.splice(0)) {
        child.kill('SIGKILL');
        await exited(child);
      }
      await Promise.all(browsers.splice(0).map((b) => b.stop()));
    });

    async function scan(dir: string): Promise<ScanWindow[]> {
      const { stdout } = await run(process.execPath, [holdonBin, 'scan', '--json'], {
        env: { ...isolatedEnv({ HOLDON_DATA_DIR: dir }), DISPLAY: desktop.x.display },
      });
      return (JSON.parse(stdout) as { windows: ScanWindow[] }).windows;
    }

    it('scan --json lists the windows with a verdict each, reading a full-screen browser', async () => {
      const dir = tempDir();
      const plain = startChromium(desktop.x.env, desktop.pages.url('scam-title.html'));
      browsers.push(plain);
      let windows: ScanWindow[] = [];
      while (!windows.some((w) => w.title.startsWith('Windows Defender'))) windows = await scan(dir);
      const scam = windows.find((w) => w.title.startsWith('Windows Defender'));
      expect(scam).toMatchObject({ pid: plain.process.pid, browser: 'Chromium', fullscreen: false });
      expect(scam?.verdict.scam).toBe(true);
      expect(scam?.verdict.reasons).toContain('It says your computer is blocked.');
      await plain.stop();

      // Harmless title, scam on the screen: scan reads the full-screen page.
      browsers.push(startChromium(desktop.x.env, desktop.pages.url('scam-fullscreen.html'), 'kiosk'));
      let full: ScanWindow | undefined;
      while (!full?.verdict.scam) {
        full = (await scan(dir)).find((w) => w.title === 'Resolving Blue Screen Errors - Chromium');
      }
      expect(full).toMatchObject({ browser: 'Chromium', fullscreen: true });
    });

    it('watch --json prints a browser-lockup incident when a scam page opens', async () => {
      const watch = spawn(process.execPath, [holdonBin, 'watch', '--json'], {
        env: { ...isolatedEnv({ HOLDON_DATA_DIR: tempDir() }), DISPLAY: desktop.x.display },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(watch);
      const lines = createInterface({ input: watch.stdout });
      const first = new Promise<Record<string, unknown>>((resolve) =>
        lines.on('line', (line) => {
          const event = JSON.parse(line) as Record<string, unknown>;
          if (event.kind === 'browser-lockup') resolve(event);
        }),
      );
      browsers.push(startChromium(desktop.x.env, desktop.pages.url('scam-title.html')));
      expect(await first).toMatchObject({
        type: 'incident',
        kind: 'browser-lockup',
        severity: 'warning',
        title: 'Scam page in Chromium',
        toolName: 'Chromium',
      });
      const code = new Promise((resolve) => watch.once('exit', resolve));
      watch.kill('SIGTERM');
      expect(await code).toBe(0);
    });
  },
  { timeout: realDesktopTimeoutMs },
);
