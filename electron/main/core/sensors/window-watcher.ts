import type { WindowEvent } from '../../../../shared/model/sensor-events';
import { displayOf } from '../../../../shared/windows/fullscreen';
import type { WindowInfo, WindowSnapshot } from '../../../../shared/windows/window-info';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { WindowSource } from '../ports/window-source';
import { createPollLoop } from './poll-loop';

export interface WindowWatcherOptions {
  readonly source: WindowSource;
  readonly clock: Clock;
  readonly intervalMs: number;
  readonly logger: Logger;
  readonly onEvents: (events: readonly WindowEvent[]) => void;
  /** Called with a plain reason when the sensor fails, and with null when it works again. */
  readonly onHealth: (problem: string | null) => void;
}

export interface WindowWatcher {
  start(): Promise<void>;
  stop(): void;
  /** The windows seen at the last look. */
  current(): WindowSnapshot;
  /** How many looks read the windows, and how many were skipped because nothing changed. */
  stats(): { readonly looks: number; readonly skipped: number };
}

const same = (a: WindowInfo, b: WindowInfo): boolean =>
  a.title === b.title &&
  a.pid === b.pid &&
  a.executable === b.executable &&
  a.fullscreen === b.fullscreen &&
  a.focused === b.focused &&
  a.bounds.x === b.bounds.x &&
  a.bounds.y === b.bounds.y &&
  a.bounds.width === b.bounds.width &&
  a.bounds.height === b.bounds.height;

/**
 * Turns window snapshots into edges: `window.opened`, `window.changed` (title, owner, bounds,
 * full screen or front window changed) and `window.closed`. Looking, and retrying a failing
 * source, is the poll loop's (poll-loop.ts).
 */
export function createWindowWatcher(options: WindowWatcherOptions): WindowWatcher {
  const { source, clock, logger } = options;
  let known: WindowSnapshot = { windows: [], displays: [] };
  let looks = 0;
  let skipped = 0;

  const look = async (): Promise<void> => {
    if (looks > 0 && source.unchanged?.() === true) {
      skipped += 1;
      return;
    }
    looks += 1;
    const next = await source.snapshot();
    const at = clock.now();
    const before = new Map(known.windows.map((w) => [w.id, w]));
    const events: WindowEvent[] = [];
    for (const window of next.windows) {
      const old = before.get(window.id);
      before.delete(window.id);
      if (old && same(old, window)) continue;
      events.push({
        type: old ? 'window.changed' : 'window.opened',
        at,
        window,
        display: displayOf(window.bounds, next.displays),
      });
    }
    for (const id of before.keys()) events.push({ type: 'window.closed', at, id });
    known = next;
    if (events.length > 0) options.onEvents(events);
  };

  const loop = createPollLoop({
    sensor: 'window',
    source: source.name,
    clock,
    intervalMs: options.intervalMs,
    logger,
    look,
    problem: 'Hold On cannot see the windows on the screen.',
    onHealth: options.onHealth,
  });
  // A source that hears changes asks for a look at once (a short pause gathers a burst of them).
  source.onChange?.(() => loop.soon(15));

  return {
    start: () => loop.start(),
    stop() {
      loop.stop();
      source.close?.();
    },
    current: () => known,
    stats: () => ({ looks, skipped }),
  };
}
