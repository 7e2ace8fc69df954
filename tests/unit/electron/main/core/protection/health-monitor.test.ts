import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createHealthMonitor } from '../../../../../../electron/main/core/protection/health-monitor';
import {
  shutdownTimeFromRegQuery,
  systemBootFacts,
  type BootFacts,
} from '../../../../../../electron/main/core/ports/boot-facts';
import { createEventRepository } from '../../../../../../electron/main/core/store/event-repository';
import { migrate } from '../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../electron/main/core/store/migrations';
import { createSettingsRepository } from '../../../../../../electron/main/core/store/settings-repository';
import type { Clock } from '../../../../../../electron/main/core/ports/clock';
import { FakeClock } from '../../../../../fakes/fake-clock';

const minute = 60_000;
const hour = 60 * minute;

/** One run of Hold On that stops, then a start `later` ms on, on a computer described by the clocks. */
function gapAfter(
  later: number,
  computer: { uptime: number; activeBefore: number; activeAfter: number | null },
) {
  const db = new BetterSqlite3(':memory:');
  migrate(db, ':memory:', migrations);
  const state = createSettingsRepository(db);
  const events = createEventRepository(db);
  const clock = new FakeClock();
  let active: number | null = computer.activeBefore;
  const monitor = () =>
    createHealthMonitor({
      state,
      audit: events,
      clock,
      uptimeMs: () => computer.uptime,
      activeMs: () => active,
    });
  const first = monitor();
  first.start();
  clock.advance(10 * minute);
  first.stop();
  const stoppedAt = clock.now();
  clock.advance(later);
  active = computer.activeAfter;
  monitor().start();
  return { gaps: events.list(10).filter((e) => e.type === 'health.gap'), stoppedAt, now: clock.now() };
}

describe('the health monitor (was Hold On running while the computer was on?)', () => {
  it('reports the time from the last heartbeat when the computer stayed on', () => {
    const { gaps, stoppedAt, now } = gapAfter(2 * hour, {
      uptime: 30 * hour,
      activeBefore: 5 * hour,
      activeAfter: 7 * hour + 10 * minute,
    });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.detail).toEqual({ from: stoppedAt, to: now });
  });

  it('says nothing after a night off with Windows Fast Startup (uptime kept counting, active time did not)', () => {
    const { gaps } = gapAfter(10 * hour, {
      uptime: 40 * hour,
      activeBefore: 5 * hour,
      activeAfter: 5 * hour + 3 * minute,
    });
    expect(gaps).toEqual([]);
  });

  it('says nothing for a short restart', () => {
    const { gaps } = gapAfter(2 * minute, {
      uptime: 30 * hour,
      activeBefore: 5 * hour,
      activeAfter: 5 * hour + 3 * minute,
    });
    expect(gaps).toEqual([]);
  });

  it('after a reboot, counts only from the boot, with a start-up grace', () => {
    // Switched off overnight, started 2 minutes ago: nothing.
    expect(
      gapAfter(10 * hour, { uptime: 2 * minute, activeBefore: 5 * hour, activeAfter: 2 * minute }).gaps,
    ).toEqual([]);
    // Started 3 hours ago and Hold On only now: the 3 hours are a gap.
    const { gaps, now } = gapAfter(10 * hour, {
      uptime: 3 * hour,
      activeBefore: 5 * hour,
      activeAfter: 3 * hour,
    });
    expect(gaps[0]?.detail).toEqual({ from: now - 3 * hour, to: now });
  });

  it('uses uptime alone where no active clock is known', () => {
    expect(gapAfter(2 * hour, { uptime: 30 * hour, activeBefore: 0, activeAfter: null }).gaps).toHaveLength(
      1,
    );
    expect(gapAfter(10 * hour, { uptime: 5 * minute, activeBefore: 0, activeAfter: null }).gaps).toEqual([]);
  });
});

/**
 * Hold On runs 10 minutes in one boot, then ends (`closed`: a clean stop; else killed), the
 * computer restarts and Hold On starts 1 minute after the boot, `later` ms after it ended.
 */
function acrossRestart(options: {
  later: number;
  closed: boolean;
  shutdownAfter?: number;
  /** Windows: no boot id, and a shutdown ends Hold On without closing it. */
  windows?: boolean;
}) {
  const db = new BetterSqlite3(':memory:');
  migrate(db, ':memory:', migrations);
  const state = createSettingsRepository(db);
  const events = createEventRepository(db);
  const clock = new FakeClock();
  let bootId: string | null = options.windows ? null : 'boot-1';
  let shutdownAt: number | null = null;
  let uptime = 3 * hour;
  const boot: BootFacts = {
    id: () => bootId,
    lastShutdownAt: () => shutdownAt,
    closesAtShutdown: !options.windows,
  };
  // A killed Hold On beats no more: its timers go nowhere.
  let alive = true;
  const firstClock: Clock = {
    now: () => clock.now(),
    setTimeout: (run, ms) => clock.setTimeout(() => alive && run(), ms),
  };
  const monitor = (on: Clock) =>
    createHealthMonitor({
      state,
      audit: events,
      clock: on,
      uptimeMs: () => uptime,
      activeMs: () => null,
      boot,
    });
  const first = monitor(firstClock);
  first.start();
  clock.advance(10 * minute);
  const lastSeen = clock.now();
  if (options.closed) first.stop();
  alive = false;
  if (options.shutdownAfter !== undefined) shutdownAt = lastSeen + options.shutdownAfter;
  clock.advance(options.later);
  if (bootId !== null) bootId = 'boot-2';
  uptime = minute;
  monitor(clock).start();
  const found = events.list(10).filter((e) => e.type.startsWith('health.'));
  return { found, lastSeen, bootedAt: clock.now() - minute };
}

describe('the health monitor across a restart (the boot id changed)', () => {
  it('reports Hold On ended without closing long before the restart, and says when it was last seen', () => {
    const { found, lastSeen, bootedAt } = acrossRestart({ later: 4 * hour, closed: false });
    expect(found.map((e) => [e.type, e.detail])).toEqual([['health.unclosed', { lastSeen, bootedAt }]]);
  });

  it('turns it into a gap up to the shutdown where the computer records one (Windows)', () => {
    for (const windows of [false, true]) {
      const { found, lastSeen } = acrossRestart({
        later: 10 * hour,
        closed: false,
        shutdownAfter: 4 * hour,
        windows,
      });
      expect(found.map((e) => [e.type, e.detail])).toEqual([
        ['health.gap', { from: lastSeen, to: lastSeen + 4 * hour }],
      ]);
    }
  });

  it('on Windows, where a shutdown ends Hold On unclosed, says nothing without a recorded shutdown, or after updates installed while shutting down', () => {
    expect(acrossRestart({ later: 10 * hour, closed: false, windows: true }).found).toEqual([]);
    expect(
      acrossRestart({ later: 10 * hour, closed: false, shutdownAfter: 25 * 60_000, windows: true }).found,
    ).toEqual([]);
  });

  it('says nothing when the shutdown itself ended Hold On, or when it closed cleanly before a night off', () => {
    // Windows ended Hold On as it shut down, 30 s after its last heartbeat.
    expect(acrossRestart({ later: 10 * hour, closed: false, shutdownAfter: 30_000 }).found).toEqual([]);
    // Closed with the computer (SIGTERM, a logout, Quit): a closed heartbeat.
    expect(acrossRestart({ later: 10 * hour, closed: true }).found).toEqual([]);
  });

  it('says nothing when the restart came right after (a restart, or a power cut that lasted a moment)', () => {
    expect(acrossRestart({ later: 3 * minute, closed: false }).found).toEqual([]);
  });

  it('ignores a recorded shutdown from before the last heartbeat (a power cut since)', () => {
    const { found, lastSeen, bootedAt } = acrossRestart({
      later: 4 * hour,
      closed: false,
      shutdownAfter: -2 * hour,
    });
    expect(found.map((e) => [e.type, e.detail])).toEqual([['health.unclosed', { lastSeen, bootedAt }]]);
  });
});

describe('the boot facts of this computer', () => {
  it("reads Windows' last normal shutdown from reg query's FILETIME", () => {
    const at = Date.UTC(2026, 11, 4, 21, 30, 15, 123);
    const ticks = BigInt(at) * 10_000n + 116_444_736_000_000_000n;
    const bytes = Array.from({ length: 8 }, (_, i) => Number((ticks >> BigInt(8 * i)) & 0xffn));
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
    const output = `\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Windows\r\n    ShutdownTime    REG_BINARY    ${hex}\r\n\r\n`;
    expect(shutdownTimeFromRegQuery(output)).toBe(at);
    expect(
      shutdownTimeFromRegQuery('ERROR: The system was unable to find the specified registry key or value.'),
    ).toBeNull();
    expect(shutdownTimeFromRegQuery('    ShutdownTime    REG_BINARY    0000000000000000')).toBeNull();
  });

  it("names this boot by Linux's boot id, and nowhere else by a boot time that moves with the clock", () => {
    const linux = systemBootFacts('linux').id();
    expect(linux).toMatch(/^[0-9a-f-]{36}$/);
    expect(systemBootFacts('linux').id()).toBe(linux);
    expect(systemBootFacts('darwin').id()).toBeNull();
    expect(systemBootFacts('darwin').lastShutdownAt()).toBeNull();
    expect(systemBootFacts('linux').closesAtShutdown).toBe(true);
    expect(systemBootFacts('win32').closesAtShutdown).toBe(false);
  });
});
