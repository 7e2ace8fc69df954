import { describe, expect, it } from 'vitest';
import type { WindowEvent } from '../../../../../../shared/model/sensor-events';
import type { WindowInfo, WindowSnapshot } from '../../../../../../shared/windows/window-info';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import type { WindowSource } from '../../../../../../electron/main/core/ports/window-source';
import { createWindowWatcher } from '../../../../../../electron/main/core/sensors/window-watcher';
import { FakeClock } from '../../../../../fakes/fake-clock';

const display = { id: 'root', bounds: { x: 0, y: 0, width: 1280, height: 800 } };
const win = (id: string, title: string, extra: Partial<WindowInfo> = {}): WindowInfo => ({
  id,
  title,
  pid: 10,
  executable: '/usr/lib/chromium/chromium',
  bounds: { x: 10, y: 10, width: 500, height: 400 },
  fullscreen: false,
  focused: false,
  ...extra,
});

class ScriptedSource implements WindowSource {
  readonly name = 'scripted';
  looks = 0;
  changed = true;
  fail: Error | null = null;
  constructor(public windows: WindowInfo[]) {}
  unchanged = () => !this.changed;
  snapshot(): Promise<WindowSnapshot> {
    this.looks += 1;
    this.changed = false;
    if (this.fail) return Promise.reject(this.fail);
    return Promise.resolve({ windows: this.windows, displays: [display] });
  }
  set(windows: WindowInfo[]) {
    this.windows = windows;
    this.changed = true;
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

describe('window watcher', () => {
  it('turns snapshots into opened / changed / closed edges, and does no work when nothing changed', async () => {
    const clock = new FakeClock();
    const source = new ScriptedSource([win('a', 'One - Chromium')]);
    const events: WindowEvent[] = [];
    const watcher = createWindowWatcher({
      source,
      clock,
      intervalMs: 250,
      logger: createMemoryLogger(),
      onEvents: (e) => events.push(...e),
      onHealth: () => undefined,
    });
    await watcher.start();
    expect(events.map((e) => e.type)).toEqual(['window.opened']);
    expect(events[0]).toMatchObject({ display });

    clock.advance(250 * 8);
    await flush();
    expect(source.looks).toBe(1);
    expect(watcher.stats().skipped).toBeGreaterThan(0);

    source.set([win('a', 'One - Chromium', { fullscreen: true }), win('b', 'Two - Chromium')]);
    clock.advance(250);
    await flush();
    source.set([win('b', 'Two - Chromium')]);
    clock.advance(250);
    await flush();
    expect(events.map((e) => `${e.type} ${e.type === 'window.closed' ? e.id : e.window.id}`)).toEqual([
      'window.opened a',
      'window.changed a',
      'window.opened b',
      'window.closed a',
    ]);
    watcher.stop();
  });

  it('reports a failing source in plain words and recovers', async () => {
    const clock = new FakeClock();
    const source = new ScriptedSource([]);
    source.fail = new Error('xprop is missing');
    const health: (string | null)[] = [];
    const watcher = createWindowWatcher({
      source,
      clock,
      intervalMs: 250,
      logger: createMemoryLogger(),
      onEvents: () => undefined,
      onHealth: (h) => health.push(h),
    });
    await watcher.start();
    expect(health).toEqual(['Hold On cannot see the windows on the screen.']);
    source.fail = null;
    source.changed = true;
    clock.advance(30_000);
    await flush();
    expect(health).toEqual(['Hold On cannot see the windows on the screen.', null]);
    watcher.stop();
  });
});
