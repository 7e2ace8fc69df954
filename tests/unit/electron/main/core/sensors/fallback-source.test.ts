import { describe, expect, it } from 'vitest';
import { withFallback } from '../../../../../../electron/main/core/sensors/fallback-source';
import { defaultProcessSensor } from '../../../../../../electron/main/core/sensors/default-sensors';
import { FakeProcessSource } from '../../../../../fakes/fake-process-source';

describe('a process source with a fallback', () => {
  function setup() {
    let time = 0;
    const primary = new FakeProcessSource();
    const fallback = new FakeProcessSource();
    primary.start(10, 'native.exe');
    fallback.start(10, 'ps-list.exe');
    const failures: unknown[] = [];
    const source = withFallback(primary, fallback, {
      onFallback: (error) => failures.push(error),
      now: () => time,
    });
    const names = async () => (await source.snapshot(new Map())).map((p) => p.name);
    return { primary, fallback, failures, names, advance: (ms: number) => (time += ms) };
  }

  it('uses the primary while it works', async () => {
    const { names, fallback, failures } = setup();
    expect(await names()).toEqual(['native.exe']);
    expect(fallback.looks).toBe(0);
    expect(failures).toEqual([]);
  });

  it('falls back when the primary fails, says so once, and tries the primary again a minute later', async () => {
    const { names, primary, failures, advance } = setup();
    primary.failing = new Error('koffi: cannot load ntdll.dll');
    expect(await names()).toEqual(['ps-list.exe']);
    advance(30_000);
    expect(await names()).toEqual(['ps-list.exe']);
    expect(primary.looks).toBe(1);
    expect(failures).toHaveLength(1);
    primary.failing = null;
    advance(30_000);
    expect(await names()).toEqual(['native.exe']);
    expect(primary.looks).toBe(2);
  });

  it('adds up the entries both sources skipped', () => {
    const source = withFallback(
      { name: 'a', snapshot: async () => [], skippedEntries: () => 2 },
      { name: 'b', snapshot: async () => [], skippedEntries: () => 3 },
      { onFallback: () => undefined },
    );
    expect(source.skippedEntries?.()).toBe(5);
  });
});

describe('the Windows process sensor', () => {
  it('is the native list four times a second, with ps-list as its fallback', () => {
    const setup = defaultProcessSensor('win32', undefined, {});
    expect(setup).toMatchObject({ pollMs: 250, source: { name: 'win32-native (else ps-list)' } });
  });

  it('is ps-list once a second when HOLDON_PROCESS_LIST=ps-list (the list used before)', () => {
    const setup = defaultProcessSensor('win32', undefined, { HOLDON_PROCESS_LIST: 'ps-list' });
    expect(setup).toMatchObject({ pollMs: 1000, source: { name: 'ps-list' } });
  });
});
