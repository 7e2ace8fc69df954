import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';

/** How Hold On stops: the caregiver quit with the PIN, or anything else (a SIGTERM, a logout). */
export type PingStop = 'quit' | 'stopping';
/** What the family's monitor is told. */
export type PingSignal = 'alive' | PingStop;

const bodies: Record<PingSignal, string> = {
  alive: 'Hold On alive',
  stopping: 'Hold On stopping',
  quit: 'Hold On quit by the caregiver with the PIN',
};

/**
 * The dead-man's switch (settings `heartbeat`): while Hold On runs, it calls the family's monitor
 * (a Healthchecks check, or any monitor that expects a regular call) every few minutes. The
 * monitor, not Hold On, notices when the calls stop, so it also catches what Hold On cannot
 * report itself: being killed, its start-up entry removed, the computer running without it.
 * Stopping calls `<url>/fail`, Healthchecks' "failed" signal, at once: without the PIN, and also
 * when the caregiver quits with it (the body says which), as the computer is unprotected either way.
 */
export function createHeartbeatPing(deps: {
  readonly clock: Clock;
  readonly logger: Logger;
  /** The address and the interval from the settings (with the secret), or null when none is set. */
  readonly target: () => { readonly url: string; readonly everyMinutes: number } | null;
  readonly fetch?: typeof fetch;
}): { start(): void; stop(): void; signal(signal: PingSignal): Promise<boolean> } {
  const call = deps.fetch ?? fetch;

  const send = async (target: { readonly url: string } | null, what: PingSignal): Promise<boolean> => {
    if (!target) return false;
    const url = what === 'alive' ? target.url : `${target.url.replace(/\/+$/, '')}/fail`;
    try {
      const response = await call(url, {
        method: 'POST',
        body: bodies[what],
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok)
        deps.logger.warn('the heartbeat monitor refused the call', { status: response.status });
      return response.ok;
    } catch (error) {
      // The next call is the retry: a monitor expects a grace period anyway.
      deps.logger.warn('could not reach the heartbeat monitor', { error: (error as Error).name });
      return false;
    }
  };
  let timer: { cancel(): void } | null = null;
  const stop = (): void => {
    timer?.cancel();
    timer = null;
  };
  // Stopping ends the beats first: an "alive" after "/fail" would tell the monitor all is well.
  const signal = (what: PingSignal): Promise<boolean> => {
    if (what !== 'alive') stop();
    return send(deps.target(), what);
  };
  // The settings (and their secret) are read once a beat.
  const beat = (): void => {
    const target = deps.target();
    void send(target, 'alive');
    timer = deps.clock.setTimeout(beat, (target?.everyMinutes ?? 10) * 60_000);
  };
  return {
    start() {
      if (!timer) beat();
    },
    stop,
    signal,
  };
}
