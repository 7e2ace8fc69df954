import {
  initialLockupState,
  onScreenText,
  stepLockup,
  stillWorthReading,
  type LockupContext,
  type LockupDecision,
  type LockupState,
} from '../../../../shared/engine/browser-lockup-policy';
import type { WindowEvent } from '../../../../shared/model/sensor-events';
import { resolvedIncident } from '../../../../shared/engine/incident-changes';
import type { Bounds, Display } from '../../../../shared/windows/window-info';
import { crop } from '../capture/grey-image';
import { encodeGreyPng, shrink } from '../capture/png';
import type { GreyImage } from '../ports/grey-image';
import type { PictureRepository } from '../store/picture-repository';
import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { ScreenCapture } from '../ports/screen-capture';
import type { TextReader } from '../ports/text-reader';
import type { IncidentSink } from './incident-sink';

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
/** The picture a scam-page warning shows is at most this wide (px): small, like Edge's scareware blocker. */
const pictureWidth = 480;

export interface BrowserLockupRunnerDeps {
  readonly sink: IncidentSink;
  /** Incidents whose browser "Close the web browser" is ending now: their own ending says how they ended. */
  readonly closing: (incidentId: string) => boolean;
  /** Where the picture of each stopped page is kept (the warning shows it). */
  readonly pictures: Pick<PictureRepository, 'save'>;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly context: LockupContext;
  /** null where the screen cannot be captured: titles are still checked. */
  readonly capture: ScreenCapture | null;
  readonly reader: TextReader;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface BrowserLockupRunner {
  handle(events: readonly WindowEvent[]): void;
  /** Reads a display's text (for `holdon scan`); counts as a reading. */
  readText(display: Display): Promise<string>;
  /** How many times the screen was read since start (zero while no browser is full screen). */
  screenReads(): number;
  /** Cancels the readings still planned and waits for the one under way. */
  stop(): Promise<void>;
}

/**
 * Feeds window events through the pure browser-lockup policy and carries out its decisions;
 * the policy's "read the screen" becomes a queue of readings, one at a time (OCR is the one
 * costly thing Hold On does, and only while a browser is full screen).
 */
export function createBrowserLockupRunner(deps: BrowserLockupRunnerDeps): BrowserLockupRunner {
  const { clock, logger, context } = deps;
  let state: LockupState = initialLockupState;
  let reads = 0;
  let reading: Promise<void> = Promise.resolve();
  const queued = new Set<string>();
  const timers = new Set<{ cancel(): void }>();
  let warnedNoCapture = false;

  /** Keeps a small picture of the page for the warning ("This is the page Hold On stopped"). */
  const keepPicture = (incidentId: string, image: GreyImage): void => {
    try {
      const small = shrink(image, pictureWidth);
      deps.pictures.save(incidentId, { png: encodeGreyPng(small), ...small }, clock.now());
      // Tells the screens (the warning shows the picture as soon as it is there).
      deps.sink.updated(incidentId, (i) => i);
    } catch (error) {
      logger.warn('could not keep the picture of a scam page', { error });
    }
  };

  /** A page found by its title was not read from the screen: take its picture now, just its window. */
  const pictureOf = async (incidentId: string, display: Display, bounds: Bounds): Promise<void> => {
    if (!deps.capture) return;
    try {
      const screen = await deps.capture.capture(display);
      keepPicture(
        incidentId,
        crop(screen, {
          x: bounds.x - display.bounds.x,
          y: bounds.y - display.bounds.y,
          width: bounds.width,
          height: bounds.height,
        }),
      );
    } catch (error) {
      logger.warn('could not take the picture of a scam page', { error });
    }
  };

  const apply = (decisions: readonly LockupDecision[], image?: GreyImage): void => {
    for (const decision of decisions) {
      try {
        if (decision.type === 'open-incident') {
          deps.sink.opened(decision.incident);
          if (image) keepPicture(decision.incident.id, image);
          else if (decision.where?.display)
            void pictureOf(decision.incident.id, decision.where.display, decision.where.bounds);
        } else if (decision.type === 'page-gone') {
          if (deps.closing(decision.incidentId)) continue;
          // The window that showed the scam page is gone: nothing is left to do about it.
          deps.sink.updated(decision.incidentId, (i) => resolvedIncident(i, 'page-closed', clock.now()), {
            type: 'incident.cleared',
            detail: { tool: '' },
          });
        } else if (decision.type === 'log') deps.audit.append(decision.event, decision.detail, clock.now());
        else
          later(firstReadDelayMs, () =>
            readScreen(decision.windowId, decision.display, decision.pageTitle, 0),
          );
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

  const readScreenText = async (display: Display): Promise<{ image: GreyImage; text: string }> => {
    if (!deps.capture) throw new Error('no screen capture on this computer');
    const image = await deps.capture.capture(display);
    reads += 1;
    return { image, text: await deps.reader.read(image) };
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
        const { image, text } = await readScreenText(display);
        const result = onScreenText(state, { windowId, pageTitle, text, at: clock.now() }, context);
        state = result.state;
        logger.debug('screen read', { windowId, ms: clock.now() - started, chars: text.length });
        apply(result.decisions, image);
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

  return {
    handle(events) {
      for (const event of events) {
        const result = stepLockup(state, event, context);
        state = result.state;
        apply(result.decisions);
      }
    },
    readText: async (display) => (await readScreenText(display)).text,
    screenReads: () => reads,
    async stop() {
      for (const timer of timers) timer.cancel();
      timers.clear();
      await reading;
    },
  };
}
