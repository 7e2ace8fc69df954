import { spawnSync } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { describeWhere, realDesktopTimeoutMs } from '../../../../../support/describe-where';
import { useRealDesktop } from '../../../../../support/real-desktop';
import { createX11WindowSource } from '../../../../../../electron/main/core/sensors/x11-window-source';
import type { WindowSource } from '../../../../../../electron/main/core/ports/window-source';
import type { WindowInfo } from '../../../../../../shared/windows/window-info';
import { startChromium, x11Missing, type ChromiumWindow } from '../../../../../fakes/x-session';

const missing = x11Missing();

describeWhere(
  missing,
  'X11 window source, under Xvfb and openbox, with real Chromium',
  () => {
    const desktop = useRealDesktop();
    let source: WindowSource | null = null;
    const browsers: ChromiumWindow[] = [];
    afterEach(async () => {
      source?.close?.();
      source = null;
      await Promise.all(browsers.splice(0).map((b) => b.stop()));
    });

    /** Looks again and again until `test` finds the window. */
    async function waitForWindow(what: string, test: (w: WindowInfo) => boolean): Promise<WindowInfo> {
      const end = Date.now() + 20_000;
      for (;;) {
        if (!source) throw new Error('no source');
        const found = (await source.snapshot()).windows.find(test);
        if (found) return found;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    it('sees a Chromium window with its title, owner, bounds and front state, then full screen, then gone', async () => {
      source = createX11WindowSource(desktop.x.env);
      const first = await source.snapshot();
      expect(first.displays).toEqual([{ id: 'root', bounds: { x: 0, y: 0, width: 1280, height: 800 } }]);

      const chromium = startChromium(desktop.x.env, desktop.pages.url('microsoft-support-article.html'));
      browsers.push(chromium);
      const window = await waitForWindow('the Chromium window', (w) =>
        w.title.startsWith('Protect yourself from tech support scams'),
      );
      expect(window).toMatchObject({
        title: 'Protect yourself from tech support scams - Microsoft Support - Chromium',
        pid: chromium.process.pid,
        executable: expect.stringMatching(/chromium$/) as string,
        fullscreen: false,
      });
      expect(window.bounds.width).toBeGreaterThan(100);
      await waitForWindow('the window in front', (w) => w.id === window.id && w.focused);

      // Nothing changes: the source says so, and a look costs nothing.
      await source.snapshot();
      expect(source.unchanged?.()).toBe(true);

      // F11 the way the window manager does it.
      spawnSync('wmctrl', ['-i', '-r', window.id, '-b', 'add,fullscreen'], { env: desktop.x.env });
      // openbox sets the full-screen state first and resizes the window after it (on a busy
      // machine, looks apart): wait for both, as they are what the lockup sensor reads.
      const full = await waitForWindow(
        'full screen, resized to the whole screen',
        (w) => w.id === window.id && w.fullscreen && w.bounds.width === 1280 && w.bounds.height === 800,
      );
      expect(full.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 800 });

      await chromium.stop();
      const end = Date.now() + 20_000;
      for (;;) {
        const windows = (await source.snapshot()).windows;
        if (!windows.some((w) => w.id === window.id)) break;
        if (Date.now() > end) throw new Error('the window did not go away');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });

    it('says plainly when there is no X display', async () => {
      source = createX11WindowSource({ ...process.env, DISPLAY: ':999' });
      await expect(source.snapshot()).rejects.toThrow(/xprop stopped/);
    });
  },
  { timeout: realDesktopTimeoutMs },
);
