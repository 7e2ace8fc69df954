import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createProtection } from '../../../../../../electron/main/core/protection/protection-state';
import { createEventRepository } from '../../../../../../electron/main/core/store/event-repository';
import { migrate } from '../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../electron/main/core/store/migrations';
import { createSettingsRepository } from '../../../../../../electron/main/core/store/settings-repository';
import { FakeClock } from '../../../../../fakes/fake-clock';

const calm = { attention: false, connected: false };

function setup(clock = new FakeClock()) {
  const db = new BetterSqlite3(':memory:');
  migrate(db, ':memory:', migrations);
  const settings = createSettingsRepository(db);
  const events = createEventRepository(db);
  let changes = 0;
  const make = () =>
    createProtection({ state: settings, audit: events, clock, onChange: () => (changes += 1) });
  return { clock, events, make, changes: () => changes };
}

describe('protection pause', () => {
  it('pauses, then resumes by itself when the time is up', () => {
    const { clock, events, make, changes } = setup();
    const protection = make();
    expect(protection.state(calm)).toBe('protected');
    const until = protection.pause(15);
    expect(until).toBe(clock.now() + 15 * 60_000);
    expect(protection.state(calm)).toBe('paused');
    clock.advance(14 * 60_000);
    expect(protection.state(calm)).toBe('paused');
    clock.advance(60_000);
    expect(protection.state(calm)).toBe('protected');
    expect(protection.pausedUntil()).toBeNull();
    expect(events.list(10).map((e) => e.type)).toEqual(['protection.resumed', 'protection.paused']);
    expect(events.list(1)[0]?.detail).toEqual({ reason: 'timer' });
    expect(changes()).toBe(2);
  });

  it('keeps a pause across a restart and ends one that ran out while stopped', () => {
    const { clock, make } = setup();
    make().pause(60);
    clock.advance(30 * 60_000);
    const restarted = make();
    expect(restarted.state(calm)).toBe('paused');
    clock.advance(30 * 60_000);
    expect(restarted.state(calm)).toBe('protected');

    restarted.pause(15);
    restarted.dispose();
    clock.advance(20 * 60_000);
    const late = make();
    expect(late.pausedUntil()).toBeNull();
    expect(late.state(calm)).toBe('protected');
  });

  it('resumes on request and says needs-attention or degraded when that is true', () => {
    const { make } = setup();
    const protection = make();
    protection.pause(60);
    protection.resume('manual');
    expect(protection.state({ attention: true, connected: false })).toBe('needs-attention');
    protection.setDegraded('process-watcher', 'cannot list processes');
    expect(protection.state(calm)).toBe('degraded');
    expect(protection.degradedReasons()).toEqual(['cannot list processes']);
    protection.setDegraded('process-watcher', null);
    expect(protection.state(calm)).toBe('protected');
  });
});
