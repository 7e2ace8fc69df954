import { describe, expect, it } from 'vitest';
import {
  createStartupEntryWatch,
  startupCheckMs,
  type StartupEntry,
} from '../../../../../../electron/main/core/protection/startup-entry-watch';
import { FakeClock } from '../../../../../fakes/fake-clock';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';

function setup(options: { canRegister?: boolean; registered?: boolean } = {}) {
  let registered = options.registered ?? false;
  let canRegister = options.canRegister ?? true;
  const entry: StartupEntry = {
    isRegistered: () => registered,
    register: () => {
      if (!canRegister) throw new Error('access denied');
      registered = true;
    },
  };
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  const degraded = new Map<string, string>();
  const clock = new FakeClock();
  const watch = createStartupEntryWatch({
    entry,
    audit: {
      append: (type, detail, at) => {
        events.push({ type, detail: { ...detail } });
        return { id: events.length, type, detail, at };
      },
    },
    protection: {
      setDegraded: (part, reason) =>
        void (reason === null ? degraded.delete(part) : degraded.set(part, reason)),
    },
    clock,
    logger: createMemoryLogger(),
  });
  return {
    watch,
    clock,
    events,
    degraded,
    remove: () => (registered = false),
    registered: () => registered,
    lockOut: (locked: boolean) => (canRegister = !locked),
  };
}

describe("Hold On's start-up entry", () => {
  it('is made without a word when Hold On starts (a new install has none)', () => {
    const { watch, events, registered } = setup();
    watch.start();
    expect(registered()).toBe(true);
    expect(events).toEqual([]);
    watch.stop();
  });

  it('removed while Hold On runs: put back within a minute, and the family is told', () => {
    const { watch, clock, events, remove, registered, degraded } = setup({ registered: true });
    watch.start();
    remove();
    clock.advance(startupCheckMs);
    expect(registered()).toBe(true);
    expect(events).toEqual([{ type: 'autostart.removed', detail: { restored: true } }]);
    expect(degraded.size).toBe(0);
    // Once told; nothing more while it stays.
    clock.advance(startupCheckMs * 3);
    expect(events).toHaveLength(1);
    watch.stop();
  });

  it('that cannot be put back: the family is told so, and protection is "degraded" until it is there', () => {
    const { watch, clock, events, remove, degraded, lockOut } = setup({ registered: true });
    watch.start();
    remove();
    lockOut(true);
    clock.advance(startupCheckMs);
    expect(events).toEqual([{ type: 'autostart.removed', detail: { restored: false } }]);
    expect([...degraded.keys()]).toEqual(['startup']);
    lockOut(false);
    clock.advance(startupCheckMs);
    expect(degraded.size).toBe(0);
    watch.stop();
    // Stopped: no more looks.
    remove();
    clock.advance(startupCheckMs * 2);
    expect(events).toHaveLength(2);
  });
});
