import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createHealthMonitor } from '../../../../../../electron/main/core/protection/health-monitor';
import { createEventRepository } from '../../../../../../electron/main/core/store/event-repository';
import { migrate } from '../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../electron/main/core/store/migrations';
import { createSettingsRepository } from '../../../../../../electron/main/core/store/settings-repository';
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
