import type { ChildProcess } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { describeWhere, realDesktopTimeoutMs } from '../../../../../support/describe-where';
import { useRealDesktop } from '../../../../../support/real-desktop';
import { createX11ScreenCapture } from '../../../../../../electron/main/core/capture/x11-screen-capture';
import { createTestCore, type TestCore } from '../../../../../fakes/test-core';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { createX11WindowSource } from '../../../../../../electron/main/core/sensors/x11-window-source';
import type { Incident } from '../../../../../../shared/model/incident';
import { exited, startRenamed } from '../../../../../fakes/renamed-process';
import { useTempDir } from '../../../../../fakes/temp-dir';
import { startChromium, x11Missing, type ChromiumWindow } from '../../../../../fakes/x-session';

const missing = x11Missing();

function nextIncident(core: TestCore, test: (incident: Incident) => boolean): Promise<Incident> {
  return new Promise((resolve) => {
    const stop = core.bus.subscribe((event, payload) => {
      if (event === 'incident.opened' && test(payload as Incident)) {
        stop();
        resolve(payload as Incident);
      }
    });
  });
}

/** Resolves once `condition` holds, checking after each window-sensor look. */
async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeWhere(
  missing,
  'browser lockup on a real X11 desktop with real Chromium',
  () => {
    const tempDir = useTempDir();
    const desktop = useRealDesktop();
    let core: TestCore | null = null;
    const browsers: ChromiumWindow[] = [];
    const children: ChildProcess[] = [];
    afterEach(async () => {
      if (core) await core.browser.stop();
      core?.close();
      core = null;
      await Promise.all(browsers.splice(0).map((b) => b.stop()));
      const running = children.splice(0);
      for (const child of running) child.kill('SIGKILL');
      await Promise.all(running.map(exited));
    });

    async function protect(): Promise<TestCore> {
      core = createTestCore({
        dataDir: tempDir(),
        logger: createMemoryLogger(),
        processPollMs: 100,
        windowSource: createX11WindowSource(desktop.x.env),
        screenCapture: createX11ScreenCapture(desktop.x.env),
      });
      await core.startProtection();
      return core;
    }

    it('a scam page in kiosk mode with a harmless title is read from the screen and raises an incident; closing the browser really ends Chromium', async () => {
      const core = await protect();
      const seen = nextIncident(core, (i) => i.kind === 'browser-lockup');
      const chromium = startChromium(desktop.x.env, desktop.pages.url('scam-fullscreen.html'), 'kiosk');
      browsers.push(chromium);
      const incident = await seen;
      expect(incident).toMatchObject({ kind: 'browser-lockup', severity: 'warning', toolName: 'Chromium' });
      expect(incident.reasons[0]?.text).toBe('A Chromium page filled the whole screen with a fake warning.');
      expect(incident.reasons.map((r) => r.code)).toContain('scamText.reason.blocked');
      expect(core.browser.screenReads()).toBeGreaterThan(0);
      expect(core.status().state).toBe('needs-attention');

      const closed = await core.invoke('browser.close', { incidentId: incident.id });
      expect(closed).toMatchObject({ ok: true, value: { browser: 'Chromium', status: 'closed' } });
      await exited(chromium.process);
      expect(core.incidents.get(incident.id)).toMatchObject({ resolution: 'closed-browser' });
      expect(core.audit.list(20).map((e) => e.type)).toContain('browser.closed');
    });

    it('a scam title raises an incident at once, without reading the screen', async () => {
      const core = await protect();
      const seen = nextIncident(core, (i) => i.kind === 'browser-lockup');
      browsers.push(startChromium(desktop.x.env, desktop.pages.url('scam-title.html')));
      const incident = await seen;
      expect(incident.reasons[0]?.text).toBe('A Chromium window shows a page that looks like a scam.');
      expect(incident.reasons.map((r) => r.code)).toContain('scamText.reason.phoneWithBrand');
      expect(core.browser.screenReads()).toBe(0);
    });

    it("Microsoft's own article about scams, full screen, is read and left alone", async () => {
      const core = await protect();
      const opened: Incident[] = [];
      core.bus.subscribe((event, payload) => {
        if (event === 'incident.opened') opened.push(payload as Incident);
      });
      browsers.push(
        startChromium(desktop.x.env, desktop.pages.url('microsoft-support-article.html'), 'kiosk'),
      );
      // The first reading and the two later ones (the page may still be drawing).
      await until(() => core.browser.screenReads() >= 3, 'three readings of the screen', 25_000);
      expect(opened).toEqual([]);
      expect(core.status().state).toBe('protected');
    });

    it('a bank page in front while AnyDesk runs raises a danger incident about the refund trick', async () => {
      const core = await protect();
      const tool = nextIncident(core, (i) => i.toolId === 'anydesk');
      children.push(startRenamed('AnyDesk.exe'));
      await tool;
      const refund = nextIncident(core, (i) => i.reasons[0]?.code === 'reason.refund.bank');
      browsers.push(startChromium(desktop.x.env, desktop.pages.titled('Chase Online Banking - Sign in')));
      const incident = await refund;
      expect(incident).toMatchObject({ kind: 'remote-tool', severity: 'danger', toolId: 'anydesk' });
      expect(incident.reasons.map((r) => r.text)).toEqual([
        'Your bank page is open while AnyDesk is running.',
        'Scammers do this to fake a refund. Then they ask you to send money back. Do not send money. Do not buy gift cards.',
      ]);
    });

    it('no full-screen browser means no screen reading at all', async () => {
      const core = await protect();
      browsers.push(startChromium(desktop.x.env, desktop.pages.url('microsoft-support-article.html')));
      await until(
        () => core.browser.watcher?.current().windows.some((w) => w.title.endsWith(' - Chromium')) === true,
        'the Chromium window',
      );
      expect(core.browser.screenReads()).toBe(0);
    });
  },
  { timeout: realDesktopTimeoutMs },
);
