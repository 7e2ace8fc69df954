import { uptime } from 'node:os';
import { systemActiveClock, type ActiveClock } from '../ports/active-clock';
import { systemBootFacts, type BootFacts } from '../ports/boot-facts';
import type { Clock } from '../ports/clock';
import type { AuditLog } from '../audit-log';
import type { SettingsRepository } from '../store/settings-repository';
import type { WeeklyStatsRepository } from '../store/weekly-stats-repository';

const heartbeatKey = 'health.heartbeat';

export interface HealthMonitorOptions {
  readonly state: SettingsRepository;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
  /** Milliseconds since the computer started (default os.uptime() × 1000). */
  readonly uptimeMs?: (() => number) | undefined;
  /** Running time that pauses in sleep and hibernation; better than uptime when known (default: the system's). */
  readonly activeMs?: ActiveClock | undefined;
  /** This boot's identity and the last normal shutdown (default: the system's). */
  readonly boot?: BootFacts | undefined;
  readonly heartbeatMs?: number;
  /** A gap shorter than this is a restart or an update, not worth a message. */
  readonly graceMs?: number;
  /** How long after the computer starts Hold On may take to start (login, autostart). */
  readonly bootGraceMs?: number;
  /** Protection is on (not paused): the minute counts as protected, for the weekly message. */
  readonly protecting?: () => boolean;
  readonly stats?: Pick<WeeklyStatsRepository, 'addMinutes'>;
}

interface Heartbeat {
  readonly at: number;
  /** The active clock then (null: unknown). */
  readonly active: number | null;
  /** The boot it was written in (null: unknown, or written by an older version). */
  readonly boot: string | null;
  /** Written by a clean stop (quit, SIGTERM, shutdown), not by a beat. */
  readonly closed: boolean;
}

const readHeartbeat = (value: unknown): Heartbeat | null => {
  if (typeof value === 'number') return { at: value, active: null, boot: null, closed: false };
  if (typeof value !== 'object' || value === null) return null;
  const { at, active, boot, closed } = value as Record<string, unknown>;
  if (typeof at !== 'number') return null;
  return {
    at,
    active: typeof active === 'number' ? active : null,
    boot: typeof boot === 'string' ? boot : null,
    closed: closed === true,
  };
};

/**
 * Notices when Hold On was not running while the computer was on. While running it writes a
 * heartbeat every minute. On start:
 * - if the active clock (which pauses in sleep and hibernation) is still counting from the
 *   same boot, the computer was on for (active now − active then) since the last heartbeat:
 *   more than the grace is a gap. This is what keeps a Windows PC with Fast Startup, whose
 *   uptime never resets, from "having a gap" every morning;
 * - otherwise the computer restarted: a computer switched off overnight booted after the last
 *   heartbeat, so only the time from boot (os.uptime()) to now counts, less a start-up grace.
 * A gap becomes the audit event `health.gap {from, to}`, which the family hears about like any
 * tamper event.
 *
 * Across a restart (the boot id changed) the time before it counts too, unless Hold On closed
 * cleanly (a quit, a SIGTERM, the shutdown itself: those write a closed heartbeat). Hold On ended
 * without closing, then the computer ran on and restarted, is what a scammer who kills it and
 * restarts the computer leaves:
 * - where the computer records its last normal shutdown (Windows), the time from the last
 *   heartbeat to that shutdown is a gap like any other;
 * - where it does not, or after a power cut, when Hold On was last seen is known and when the
 *   computer ran till is not: more than the grace before this boot becomes
 *   `health.unclosed {lastSeen, bootedAt}`, whose alert says that a power cut does the same.
 */
export function createHealthMonitor(options: HealthMonitorOptions): { start(): void; stop(): void } {
  const { state, audit, clock } = options;
  const every = options.heartbeatMs ?? 60_000;
  const grace = options.graceMs ?? 5 * 60_000;
  const bootGrace = options.bootGraceMs ?? 10 * 60_000;
  // Windows writes its shutdown time at the very end: after installing updates, say.
  const shutdownGrace = 30 * 60_000;
  let timer: { cancel(): void } | null = null;

  const active = options.activeMs ?? systemActiveClock();
  const uptimeMs = options.uptimeMs ?? (() => uptime() * 1000);
  const boot = options.boot ?? systemBootFacts();
  // A boot does not change while Hold On runs: read once.
  const bootNow = boot.id();
  const write = (closed: boolean): void => {
    const heartbeat: Heartbeat = { at: clock.now(), active: active(), boot: bootNow, closed };
    state.put(heartbeatKey, heartbeat, clock.now());
  };
  const beat = (): void => {
    write(false);
    const minutes = Math.round(every / 60_000);
    if (minutes > 0 && (options.protecting?.() ?? false)) options.stats?.addMinutes(clock.now(), minutes);
    timer = clock.setTimeout(beat, every);
  };
  /** Before a restart: Hold On ended without closing, and the computer may have run on without it. */
  const beforeRestart = (last: Heartbeat, now: number, bootedAt: number): void => {
    if (last.closed) return;
    const shutdownAt = boot.lastShutdownAt();
    if (shutdownAt !== null && shutdownAt >= last.at && shutdownAt <= bootedAt) {
      if (shutdownAt - last.at > shutdownGrace)
        audit.append('health.gap', { from: last.at, to: shutdownAt }, now);
      return;
    }
    // Where a shutdown ends Hold On without a word (Windows), an unclosed run says nothing.
    if (boot.closesAtShutdown && bootedAt - last.at > grace)
      audit.append('health.unclosed', { lastSeen: last.at, bootedAt }, now);
  };
  const gapSince = (last: Heartbeat, now: number): number | null => {
    const activeNow = active();
    const bootedAt = now - uptimeMs();
    const restarted =
      bootNow !== null && last.boot !== null ? bootNow !== last.boot : bootedAt > last.at + grace;
    if (restarted) {
      beforeRestart(last, now, bootedAt);
    } else if (activeNow !== null && last.active !== null && activeNow >= last.active) {
      return activeNow - last.active > grace ? last.at : null;
    }
    const from = Math.max(last.at, bootedAt);
    const allowed = bootedAt > last.at ? bootGrace : grace;
    return now - from > allowed ? from : null;
  };

  return {
    start() {
      if (timer) return;
      const now = clock.now();
      const last = readHeartbeat(state.get(heartbeatKey));
      if (last && last.at < now) {
        const from = gapSince(last, now);
        if (from !== null) audit.append('health.gap', { from, to: now }, now);
      }
      beat();
    },
    stop() {
      if (!timer) return;
      timer.cancel();
      timer = null;
      // A clean stop still leaves the last heartbeat: the time until the next start is a gap
      // too, if the computer stays on (and the quit itself was reported).
      write(true);
    },
  };
}
