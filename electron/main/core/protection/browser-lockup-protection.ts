import { identifyBrowser } from '../../../../shared/browsers/browser-catalog';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import type { ScamScorer } from '../../../../shared/engine/browser-lockup-policy';
import { resolvedIncident } from '../../../../shared/engine/incident-changes';
import type { CloseBrowserResult, ScannedWindow } from '../../../../shared/model/browser';
import type { Incident } from '../../../../shared/model/incident';
import type { RemoteToolRun } from '../../../../shared/model/remote-tools';
import type { Display, WindowInfo } from '../../../../shared/windows/window-info';
import { closeBrowser } from '../actions/close-browser';
import type { ProcessControl } from '../actions/end-processes';
import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { ScreenCapture } from '../ports/screen-capture';
import type { TextReader } from '../ports/text-reader';
import type { WindowSource } from '../ports/window-source';
import { createWindowWatcher, type WindowWatcher } from '../sensors/window-watcher';
import { createBrowserLockupRunner } from './browser-lockup-runner';
import type { IncidentSink } from './incident-sink';
import type { PictureRepository } from '../store/picture-repository';
import type { Protection } from './protection-state';

export interface BrowserLockupProtectionDeps {
  /** null where Hold On has no way to list windows (it says so in the log). */
  readonly source: WindowSource | null;
  readonly pollMs: number;
  /** null where the screen cannot be captured: titles are still checked. */
  readonly capture: ScreenCapture | null;
  readonly reader: TextReader;
  readonly score: ScamScorer;
  /** The remote tools running now (the remote-tool wing), for the refund-trick correlation. */
  readonly remoteTools: () => readonly RemoteToolRun[];
  readonly processes: () => Promise<ReadonlyMap<number, ProcessInfo>>;
  readonly control: ProcessControl;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sink: IncidentSink;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly protection: Protection;
  readonly pictures: PictureRepository;
}

/** The browser-lockup wing: the window sensor, the browser-lockup policy's runner and "Close the web browser". */
export interface BrowserLockupProtection {
  readonly watcher: WindowWatcher | null;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Every window now, with the scorer's verdict (full-screen browsers are read too). */
  scan(): Promise<ScannedWindow[]>;
  closeBrowser(incident: Incident): Promise<CloseBrowserResult>;
  /** The picture of the page an incident stopped, as a PNG data URL, or null. */
  pictureOf(incidentId: string): string | null;
  /** How many times the screen was read since start (zero while no browser is full screen). */
  screenReads(): number;
}

export function createBrowserLockupProtection(deps: BrowserLockupProtectionDeps): BrowserLockupProtection {
  const { clock, logger } = deps;
  const closing = new Set<string>();
  const runner = createBrowserLockupRunner({
    closing: (id) => closing.has(id),
    sink: deps.sink,
    pictures: deps.pictures,
    audit: deps.audit,
    context: { score: deps.score, remoteTools: deps.remoteTools },
    capture: deps.capture,
    reader: deps.reader,
    clock,
    logger,
  });

  const watcher = deps.source
    ? createWindowWatcher({
        source: deps.source,
        clock,
        intervalMs: deps.pollMs,
        logger: logger.child('windows'),
        // While protection is paused the sensor keeps looking but the policy hears nothing.
        onEvents: (events) => {
          if (deps.protection.pausedUntil() === null) runner.handle(events);
        },
        onHealth: (problem) => deps.protection.setDegraded('windows', problem),
      })
    : null;

  const verdictOf = async (window: WindowInfo, displays: readonly Display[]): Promise<ScannedWindow> => {
    const browser = identifyBrowser(window);
    const title = browser?.pageTitle ?? window.title;
    let verdict = deps.score({ title });
    const display = displays.find((d) => d.bounds.x <= window.bounds.x && d.bounds.y <= window.bounds.y);
    if (browser && window.fullscreen && !verdict.scam && deps.capture && display) {
      try {
        verdict = deps.score({ title, text: await runner.readText(display) });
      } catch (error) {
        logger.warn('could not read the screen for scan', { error });
      }
    }
    return {
      title: window.title,
      pid: window.pid,
      browser: browser?.browser.name ?? null,
      fullscreen: window.fullscreen,
      verdict,
    };
  };

  return {
    watcher,
    async start() {
      if (!watcher) {
        // A server or a Wayland-only desktop: no window list to watch (remote tools still are).
        logger.warn('windows are not watched on this computer', { platform: process.platform });
        return;
      }
      logger.info('browser protection started', { source: deps.source?.name, pollMs: deps.pollMs });
      await watcher.start();
    },
    async stop() {
      watcher?.stop();
      await runner.stop();
      await deps.reader.release();
    },
    async scan() {
      if (!deps.source) return [];
      const snapshot =
        watcher && watcher.stats().looks > 0 ? watcher.current() : await deps.source.snapshot();
      const out: ScannedWindow[] = [];
      for (const window of snapshot.windows) out.push(await verdictOf(window, snapshot.displays));
      if (!watcher || watcher.stats().looks === 0) {
        deps.source.close?.();
        await deps.reader.release();
      }
      return out;
    },
    async closeBrowser(incident) {
      closing.add(incident.id);
      const result = await closeBrowser(
        { pid: incident.pid, browserName: incident.toolName, processName: incident.processName },
        await deps.processes(),
        deps.control,
      ).finally(() => closing.delete(incident.id));
      logger.info('close browser', {
        incidentId: incident.id,
        status: result.status,
        ended: result.ended.length,
        forgottenSession: result.forgottenSession ?? [],
      });
      const closed = result.status === 'closed' || result.status === 'not-running';
      deps.sink.updated(
        incident.id,
        (i) => (closed ? resolvedIncident(i, 'closed-browser', clock.now()) : i),
        {
          type: 'browser.closed',
          detail: { browser: result.browser, status: result.status, ended: result.ended.length },
        },
      );
      return result;
    },
    screenReads: () => runner.screenReads(),
    pictureOf(incidentId) {
      const picture = deps.pictures.get(incidentId);
      return picture ? `data:image/png;base64,${Buffer.from(picture.png).toString('base64')}` : null;
    },
  };
}
