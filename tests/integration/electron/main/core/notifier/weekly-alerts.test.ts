import { afterEach, describe, expect, it } from 'vitest';
import { systemClock, type Clock } from '../../../../../../electron/main/core/ports/clock';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { startHttpServer } from '../../../../../fakes/http-test-server';
import { createTestCore } from '../../../../../fakes/test-core';
import { useTempDir } from '../../../../../fakes/temp-dir';

const pin = '246810';
const day = 24 * 3_600_000;

describe('the weekly "all is well" message', () => {
  const tempDir = useTempDir();
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('goes once a week to each contact who wants it, counted from setup, and only once', async () => {
    const server = await startHttpServer();
    cleanups.push(server.close);
    let offset = 0;
    const clock: Clock = { now: () => Date.now() + offset, setTimeout: systemClock.setTimeout };
    const core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), clock });
    cleanups.push(() => core.close());
    await core.invoke('pin.set', { newPin: pin });
    const hook = (path: string) => ({
      type: 'webhook',
      url: `${server.url}${path}`,
      secret: 'weekly-secret-0123456789',
    });
    await core.invoke('settings.save', {
      pin,
      settings: {
        computerName: "Mum's laptop",
        contacts: [
          { name: 'Ann', language: 'de', channels: [hook('/ann')] },
          { name: 'Bob', weekly: false, channels: [hook('/bob')] },
        ],
      },
    });
    await core.invoke('setup.complete', { pin });
    core.notifier.start();
    // Not a week yet: nothing.
    offset = 6 * day;
    expect(core.notifier.queueWeekly()).toBe(0);
    offset = 7 * day + 3_600_000;
    expect(core.notifier.queueWeekly()).toBe(1);
    expect(core.notifier.queueWeekly()).toBe(0);
    await core.notifier.drain();
    const weekly = core.notifier.list(50).filter((d) => d.kind === 'weekly');
    expect(weekly.map((d) => [d.contactName, d.status, d.message.language])).toEqual([['Ann', 'sent', 'de']]);
    expect(weekly[0]?.message.subject).toBe("Hold On: alles in Ordnung auf Mum's laptop");
    const received = server.received.find((r) => r.path === '/ann' && r.body.includes('"weekly"'));
    expect(JSON.parse(received?.body ?? '{}')).toMatchObject({
      kind: 'weekly',
      idempotencyKey: 'weekly-1:0:0',
    });
  });
});
