import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';

export interface PollLoopOptions {
  /** What is watched, for the log ("process", "window"). */
  readonly sensor: string;
  /** The adapter's name, for the log. */
  readonly source: string;
  readonly clock: Clock;
  /** How often to look, in ms. */
  readonly intervalMs: number;
  readonly logger: Logger;
  /** One look; throws when the source fails. */
  readonly look: () => Promise<void>;
  /** The plain reason shown while the sensor fails ("Hold On cannot see…"). */
  readonly problem: string;
  /** Called with the plain reason when looking fails, and with null when it works again. */
  readonly onHealth: (problem: string | null) => void;
}

export interface PollLoop {
  /** Starts looking; resolves after the first look. */
  start(): Promise<void>;
  stop(): void;
  /** Looks again after `ms` instead of at the next tick (a source heard a change), unless a look is under way or the sensor is failing. */
  soon(ms: number): void;
  isRunning(): boolean;
}

const maxBackoffMs = 30_000;

/**
 * The heartbeat both watchers share: look, wait, look again. A failing source is retried with
 * backoff (doubling up to 30 s) and reported through `onHealth`, never left silently dead.
 */
export function createPollLoop(options: PollLoopOptions): PollLoop {
  const { clock, logger } = options;
  let timer: { cancel(): void } | null = null;
  let running = false;
  let busy = false;
  let failures = 0;

  const schedule = (ms: number): void => {
    if (!running) return;
    timer?.cancel();
    timer = clock.setTimeout(() => void tick(), ms);
  };

  const tick = async (): Promise<void> => {
    busy = true;
    try {
      await options.look();
      if (failures > 0) {
        logger.info(`${options.sensor} sensor works again`, { source: options.source, failures });
        options.onHealth(null);
      }
      failures = 0;
      busy = false;
      schedule(options.intervalMs);
    } catch (error) {
      busy = false;
      failures += 1;
      const backoff = Math.min(maxBackoffMs, options.intervalMs * 2 ** Math.min(failures, 8));
      logger.error(`${options.sensor} sensor failed; retrying`, {
        source: options.source,
        failures,
        backoffMs: backoff,
        error,
      });
      options.onHealth(options.problem);
      schedule(backoff);
    }
  };

  return {
    async start() {
      if (running) return;
      running = true;
      await tick();
    },
    stop() {
      running = false;
      timer?.cancel();
      timer = null;
    },
    soon(ms) {
      if (running && !busy && failures === 0) schedule(ms);
    },
    isRunning: () => running,
  };
}
