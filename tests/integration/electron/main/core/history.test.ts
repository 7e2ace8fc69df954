import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../../fakes/test-core';
import { createMemoryLogger } from '../../../../fakes/memory-logger';
import type { Incident } from '../../../../../shared/model/incident';
import { FakeClock } from '../../../../fakes/fake-clock';
import { useTempDir } from '../../../../fakes/temp-dir';

const day = 24 * 60 * 60_000;
const incident = (id: string, at: number, resolved: boolean): Incident => ({
  id,
  kind: 'remote-tool',
  severity: 'warning',
  title: `AnyDesk started (${id})`,
  reasons: [],
  toolId: 'anydesk',
  toolName: 'AnyDesk',
  pid: 1,
  processName: 'AnyDesk.exe',
  detectedAt: at,
  resolvedAt: resolved ? at + 1000 : null,
  resolution: resolved ? 'ended-session' : null,
});

describe('the history in the core', () => {
  const tempDir = useTempDir();

  it('prunes entries older than the chosen time (default one year), keeping open incidents', async () => {
    const clock = new FakeClock();
    const core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), clock });
    const start = clock.now();
    core.incidents.insert(incident('old-done', start, true));
    core.incidents.insert(incident('old-open', start, false));
    core.audit.append('protection.paused', { minutes: 15, until: start + 900_000 }, start);
    clock.advance(200 * day);
    core.incidents.insert(incident('recent', clock.now(), true));
    expect(core.history.prune()).toBe(0);

    clock.advance(166 * day);
    expect(core.history.prune()).toBe(2);
    const left = core.history.list({ limit: 100 });
    expect(left.filter((e) => e.type === 'incident').map((e) => e.vars.title)).toEqual([
      'AnyDesk started (recent)',
      'AnyDesk started (old-open)',
    ]);
    expect(left.some((e) => e.type === 'pause')).toBe(false);

    // A shorter time, from the settings file, prunes more.
    core.settingsService.save({ history: { keepDays: 30 } }, 'update');
    expect(core.history.prune()).toBeGreaterThanOrEqual(1);
    expect(core.history.list({ type: 'incident', limit: 10 }).map((e) => e.vars.title)).toEqual([
      'AnyDesk started (old-open)',
    ]);
    core.close();
  });

  it('prunes once a day while running', async () => {
    const clock = new FakeClock();
    const core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), clock });
    core.settingsService.save({ history: { keepDays: 30 } }, 'update');
    core.history.start();
    core.audit.append('protection.paused', { minutes: 15, until: 0 }, clock.now());
    clock.advance(31 * day);
    expect(core.history.list({ type: 'pause', limit: 10 })).toEqual([]);
    core.close();
  });

  it('is served over the contract, filtered by type', async () => {
    const clock = new FakeClock();
    const core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), clock });
    core.incidents.insert(incident('a', clock.now(), false));
    clock.advance(1000);
    await core.invoke('protection.pause', { minutes: 15 });
    const all = await core.invoke('history.list', {});
    expect(all.ok && (all.value as readonly { type: string }[]).map((e) => e.type)).toEqual([
      'pause',
      'incident',
    ]);
    const alerts = await core.invoke('history.list', { type: 'alert' });
    expect(alerts).toEqual({ ok: true, value: [] });
    const bad = await core.invoke('history.list', { type: 'everything' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request', field: 'type' } });
    core.close();
  });
});
