import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { createProcessWatcher } from '../../../../../../electron/main/core/sensors/process-watcher';
import type { ProcessEvent } from '../../../../../../shared/model/sensor-events';
import { FakeClock } from '../../../../../fakes/fake-clock';
import { FakeProcessSource } from '../../../../../fakes/fake-process-source';

function setup() {
  const clock = new FakeClock();
  const source = new FakeProcessSource();
  const events: ProcessEvent[] = [];
  const health: (string | null)[] = [];
  const watcher = createProcessWatcher({
    source,
    clock,
    intervalMs: 250,
    logger: createMemoryLogger(),
    onEvents: (e) => events.push(...e),
    onHealth: (h) => health.push(h),
  });
  // Each fake timer callback is async: let its promise chain settle before looking.
  const tick = async (ms: number) => {
    clock.advance(ms);
    await new Promise((r) => setImmediate(r));
  };
  return { clock, source, events, health, watcher, tick };
}

const summary = (events: ProcessEvent[]) =>
  events.map((e) =>
    e.type === 'process.started' ? `+${e.process.pid}:${e.process.name}${e.initial ? '*' : ''}` : `-${e.pid}`,
  );

describe('the process watcher', () => {
  it('reports what was already running, then only starts and exits', async () => {
    const { source, events, watcher, tick } = setup();
    source.start(1, 'init');
    source.start(50, 'AnyDesk.exe');
    await watcher.start();
    expect(summary(events)).toEqual(['+1:init*', '+50:AnyDesk.exe*']);
    source.start(60, 'netstat.exe');
    source.exit(50);
    await tick(250);
    expect(summary(events).slice(2)).toEqual(['+60:netstat.exe', '-50']);
    await tick(250);
    expect(events).toHaveLength(4);
    watcher.stop();
  });

  it('notices a young process changing its name (fork, then exec)', async () => {
    const { source, events, watcher, tick } = setup();
    await watcher.start();
    source.start(70, 'node');
    await tick(250);
    source.start(70, 'TeamViewer.exe');
    await tick(250);
    expect(summary(events)).toEqual(['+70:node', '-70', '+70:TeamViewer.exe']);
    watcher.stop();
  });

  it('retries a failing sensor with backoff, says so, and recovers', async () => {
    const { source, health, watcher, tick, events } = setup();
    source.start(1, 'init');
    await watcher.start();
    source.failing = new Error('EACCES: permission denied');
    await tick(250);
    expect(health).toEqual(['Hold On cannot see which programs are running.']);
    const looksAfterFailure = source.looks;
    await tick(499);
    expect(source.looks).toBe(looksAfterFailure);
    await tick(1);
    expect(source.looks).toBe(looksAfterFailure + 1);
    source.failing = null;
    source.start(80, 'AnyDesk.exe');
    await tick(1000);
    expect(health.at(-1)).toBeNull();
    expect(summary(events)).toContain('+80:AnyDesk.exe');
    watcher.stop();
  });

  it('reports "already running" even when the very first look failed', async () => {
    const { source, events, watcher, tick } = setup();
    source.failing = new Error('ps: not found');
    source.start(50, 'AnyDesk.exe');
    await watcher.start();
    expect(events).toEqual([]);
    source.failing = null;
    await tick(500);
    expect(summary(events)).toEqual(['+50:AnyDesk.exe*']);
    watcher.stop();
  });

  it('counts entries the OS listed without a usable name, warns once per batch, and keeps watching', async () => {
    const clock = new FakeClock();
    const source = new FakeProcessSource();
    let skipped = 0;
    const counting = Object.assign(source, { skippedEntries: () => skipped });
    const logger = createMemoryLogger();
    const health: (string | null)[] = [];
    const watcher = createProcessWatcher({
      source: counting,
      clock,
      intervalMs: 250,
      logger,
      onEvents: () => undefined,
      onHealth: (h) => health.push(h),
    });
    await watcher.start();
    skipped = 2;
    clock.advance(250);
    await new Promise((r) => setImmediate(r));
    clock.advance(250);
    await new Promise((r) => setImmediate(r));
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(health.filter((h) => h !== null)).toEqual([]);
    watcher.stop();
  });
});
