import {
  initialLockupState,
  onScreenText,
  stepLockup,
  stillWorthReading,
  type LockupDecision,
  type LockupState,
  type ScamScorer,
} from '../../../shared/engine/browser-lockup-policy';
import type { RemoteToolRun } from '../../../shared/model/remote-tools';
import type { WindowEvent } from '../../../shared/model/sensor-events';
import { identifyBrowser } from '../../../shared/browsers/browser-catalog';
import type { ProcessInfo } from '../../../shared/catalog/process-info';
import type { CloseBrowserResult, ScannedWindow } from '../../../shared/model/browser';
import type { Incident } from '../../../shared/model/incident';
import type { Display, WindowInfo } from '../../../shared/windows/window-info';
import { closeBrowser } from './actions/close-browser';
import type { ProcessControl } from './actions/end-processes';
import type { EventBus } from './event-bus';
import type { Logger } from './logging/logger';
import type { Clock } from './ports/clock';
import type { ScreenCapture } from './ports/screen-capture';
import type { TextReader } from './ports/text-reader';
import type { WindowSource } from './ports/window-source';
import type { Protection } from './protection';
import { createWindowWatcher, type WindowWatcher } from './sensors/window-watcher';
import type { EventRepository } from './store/event-repository';
import type { IncidentRepository } from './store/incident-repository';

/**
 * A browser that has just gone full screen redraws the page at the new size: the first reading
 * waits this long (ms) so it does not capture a half-drawn frame.
 */
export const firstReadDelayMs = 100;
/**
 * A page may still be loading when it goes full screen: if a reading finds nothing, the screen
 * is read again after these delays (ms), then left alone until the page changes.
 */
export const rereadDelaysMs = [1000, 4000] as const;

export interface BrowserProtectionDeps {
  /** null where Hold On has no way to list windows (it says so in the status). */
  readonly source: WindowSource | null;
  readonly pollMs: number;
  /** null where the screen cannot be captured: titles are still checked. */
  readonly capture: ScreenCapture | null;
  readonly reader: TextReader;
  readonly score: ScamScorer;
  readonly remoteTools: () => readonly RemoteToolRun[];
  readonly processes: () => Promise<ReadonlyMap<number, ProcessInfo>>;
  readonly control: ProcessControl;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly incidents: IncidentRepository;
  readonly events: EventRepository;
  readonly bus: EventBus;
  readonly protection: Protection;
  readonly onIncidentsChanged: () => void;
  readonly openIncident: (incident: Incident) => void;
}

export interface BrowserProtection {
  readonly watcher: WindowWatcher | null;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Every window now, with the scorer's verdict (full-screen browsers are read too). */
  scan(): Promise<ScannedWindow[]>;
  closeBrowser(incidentId: string): Promise<CloseBrowserResult>;
  /** How many times the screen was read since start (zero while no browser is full screen). */
  screenReads(): number;
}

export function createBrowserProtection(deps: BrowserProtectionDeps): BrowserProtection {
  const { clock, logger } = deps;
  let state: LockupState = initialLockupState;
  let reads = 0;
  let reading: Promise<void> = Promise.resolve();
  const queued = new Set<string>();
  const timers = new Set<{ cancel(): void }>();
  let warnedNoCapture = false;
  const ctx = { score: deps.score, remoteTools: deps.remoteTools };

  const apply = (decisions: readonly LockupDecision[]): void => {
    for (const decision of decisions) {
      try {
        if (decision.type === 'open-incident') {
          deps.openIncident(decision.incident);
          logger.info('incident opened', { id: decision.incident.id, severity: decision.incident.severity });
          deps.bus.emit('incident.opened', decision.incident);
          deps.onIncidentsChanged();
        } else if (decision.type === 'log') {
          deps.events.append(decision.event, decision.detail, clock.now());
        } else {
          later(firstReadDelayMs, () =>
            readScreen(decision.windowId, decision.display, decision.pageTitle, 0),
          );
        }
      } catch (error) {
        logger.error('could not carry out a decision', { type: decision.type, error });
      }
    }
  };

  const later = (ms: number, fn: () => void): void => {
    const timer = clock.setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const readText = async (display: Display): Promise<string> => {
    if (!deps.capture) throw new Error('no screen capture on this computer');
    const image = await deps.capture.capture(display);
    reads += 1;
    return deps.reader.read(image);
  };

  /** One reading at a time: a second full-screen window waits its turn. */
  function readScreen(windowId: string, display: Display, pageTitle: string, attempt: number): void {
    if (!deps.capture) {
      if (!warnedNoCapture) logger.warn('a browser is full screen but the screen cannot be captured here');
      warnedNoCapture = true;
      return;
    }
    const key = `${windowId}\n${pageTitle}`;
    if (queued.has(key)) return;
    queued.add(key);
    reading = reading.then(async () => {
      queued.delete(key);
      if (!stillWorthReading(state, windowId, pageTitle)) return;
      const started = clock.now();
      try {
        const text = await readText(display);
        const result = onScreenText(state, { windowId, pageTitle, text, at: clock.now() }, ctx);
        state = result.state;
        logger.debug('screen read', { windowId, ms: clock.now() - started, chars: text.length });
        apply(result.decisions);
      } catch (error) {
        logger.error('could not read the screen', { error });
        return;
      }
      const delay = rereadDelaysMs[attempt];
      if (delay !== undefined && stillWorthReading(state, windowId, pageTitle)) {
        later(delay, () => readScreen(windowId, display, pageTitle, attempt + 1));
      }
    });
  }

  const handle = (events: readonly WindowEvent[]): void => {
    for (const event of events) {
      const result = stepLockup(state, event, ctx);
      state = result.state;
      apply(result.decisions);
    }
  };

  const watcher = deps.source
    ? createWindowWatcher({
        source: deps.source,
        clock,
        intervalMs: deps.pollMs,
        logger: logger.child('windows'),
        // While protection is paused the sensor keeps looking but the policy hears nothing.
        onEvents: (events) => {
          if (deps.protection.pausedUntil() === null) handle(events);
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
        verdict = deps.score({ title, text: await readText(display) });
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
      for (const timer of timers) timer.cancel();
      timers.clear();
      await reading;
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
    async closeBrowser(incidentId) {
      const incident = deps.incidents.get(incidentId);
      if (!incident) throw new Error(`no incident ${incidentId}`);
      const result = await closeBrowser(
        { pid: incident.pid, browserName: incident.toolName, processName: incident.processName },
        await deps.processes(),
        deps.control,
      );
      deps.events.append(
        'browser.closed',
        { incidentId, browser: result.browser, status: result.status, ended: result.ended.length },
        clock.now(),
      );
      logger.info('close browser', { incidentId, status: result.status, ended: result.ended.length });
      if (result.status === 'closed' || result.status === 'not-running') {
        const resolved = deps.incidents.resolve(incidentId, 'closed-browser', clock.now());
        if (resolved) {
          deps.bus.emit('incident.updated', resolved);
          deps.onIncidentsChanged();
        }
      }
      return result;
    },
    screenReads: () => reads,
  };
}
