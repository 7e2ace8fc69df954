import type { Clock } from '../ports/clock';
import type { EventRepository } from '../store/event-repository';
import type { SettingsRepository } from '../store/settings-repository';

const heartbeatKey = 'health.heartbeat';

export interface HealthMonitorOptions {
  readonly state: SettingsRepository;
  readonly events: EventRepository;
  readonly clock: Clock;
  /** Milliseconds since the computer started (os.uptime() × 1000 in the app). */
  readonly uptimeMs: () => number;
  readonly heartbeatMs?: number;
  /** A gap shorter than this is a restart or an update, not worth a message. */
  readonly graceMs?: number;
  /** How long after the computer starts Hold On may take to start (login, autostart). */
  readonly bootGraceMs?: number;
}

/**
 * Notices when Hold On was not running while the computer was on. While running it writes a
 * heartbeat every minute; on start it compares the last heartbeat with the computer's boot
 * time: a computer switched off overnight booted after the last heartbeat, so only the time
 * from boot to now counts (less a start-up grace), and no alert is sent. A gap becomes the
 * audit event `health.gap {from, to}`, which the family is told about like any tamper event.
 */
export function createHealthMonitor(options: HealthMonitorOptions): { start(): void; stop(): void } {
  const { state, events, clock } = options;
  const every = options.heartbeatMs ?? 60_000;
  const grace = options.graceMs ?? 5 * 60_000;
  const bootGrace = options.bootGraceMs ?? 10 * 60_000;
  let timer: { cancel(): void } | null = null;

  const beat = (): void => {
    state.put(heartbeatKey, clock.now(), clock.now());
    timer = clock.setTimeout(beat, every);
  };

  return {
    start() {
      if (timer) return;
      const now = clock.now();
      const last = state.get(heartbeatKey);
      if (typeof last === 'number' && last < now) {
        const bootedAt = now - options.uptimeMs();
        const from = Math.max(last, bootedAt);
        const allowed = bootedAt > last ? bootGrace : grace;
        if (now - from > allowed) events.append('health.gap', { from, to: now }, now);
      }
      beat();
    },
    stop() {
      if (!timer) return;
      timer.cancel();
      timer = null;
      // A clean stop still leaves the last heartbeat: the time until the next start is a gap
      // too, if the computer stays on (and the quit itself was reported).
      state.put(heartbeatKey, clock.now(), clock.now());
    },
  };
}
