import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import type { ProcessEvent } from '../../../../shared/model/sensor-events';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { ProcessSource } from '../ports/process-source';
import { createPollLoop } from './poll-loop';

export interface ProcessWatcherOptions {
  readonly source: ProcessSource;
  readonly clock: Clock;
  /** How often to look, in ms. */
  readonly intervalMs: number;
  readonly logger: Logger;
  readonly onEvents: (events: readonly ProcessEvent[]) => void;
  /** Called with a plain reason when the sensor fails, and with null when it works again. */
  readonly onHealth: (problem: string | null) => void;
}

export interface ProcessWatcher {
  start(): Promise<void>;
  stop(): void;
  /** The processes seen at the last look. */
  current(): ReadonlyMap<number, ProcessInfo>;
}

/** A process seen for the first time is looked at again for this long, to catch its exec(). */
const settleMs = 1500;

/**
 * Turns process snapshots into edges: `process.started` / `process.exited`. The first look
 * reports everything already running (`initial: true`). Looking, and retrying a failing
 * source, is the poll loop's (poll-loop.ts).
 */
export function createProcessWatcher(options: ProcessWatcherOptions): ProcessWatcher {
  const { source, clock, logger } = options;
  let known = new Map<number, ProcessInfo>();
  const firstSeen = new Map<number, number>();
  // The first successful look reports what was already running.
  let initialDone = false;
  let skippedBefore = 0;

  const look = async (): Promise<void> => {
    const initial = !initialDone;
    const now = clock.now();
    // Nothing started or exited, and no young process may still exec(): nothing to do.
    if (initialDone && firstSeen.size === 0 && source.unchanged?.() === true) return;
    // Young processes are described again: right after fork() a child still has its parent's name.
    const reuse = new Map(known);
    for (const [pid, seen] of firstSeen) {
      if (now - seen < settleMs) reuse.delete(pid);
      else firstSeen.delete(pid);
    }
    const list = await source.snapshot(reuse);
    const skipped = source.skippedEntries?.() ?? 0;
    if (skipped > skippedBefore) {
      // Never a failure: one odd entry must not stop the sensor. Said once per new batch.
      logger.warn('process entries without a usable name or pid were skipped', {
        skipped: skipped - skippedBefore,
      });
      skippedBefore = skipped;
    }
    const next = new Map<number, ProcessInfo>();
    const events: ProcessEvent[] = [];
    for (const info of list) {
      next.set(info.pid, info);
      const before = known.get(info.pid);
      if (before && before.name === info.name) continue;
      if (before) events.push({ type: 'process.exited', at: now, pid: info.pid });
      if (!before && !initial) firstSeen.set(info.pid, now);
      events.push({ type: 'process.started', at: now, process: info, initial });
    }
    for (const pid of known.keys()) {
      if (!next.has(pid)) {
        events.push({ type: 'process.exited', at: now, pid });
        firstSeen.delete(pid);
      }
    }
    known = next;
    initialDone = true;
    if (events.length > 0) options.onEvents(events);
  };

  const loop = createPollLoop({
    sensor: 'process',
    source: source.name,
    clock,
    intervalMs: options.intervalMs,
    logger,
    look,
    problem: 'Hold On cannot see which programs are running.',
    onHealth: options.onHealth,
  });

  return {
    start: () => loop.start(),
    stop: () => loop.stop(),
    current: () => known,
  };
}
