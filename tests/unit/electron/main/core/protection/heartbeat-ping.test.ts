import { describe, expect, it } from 'vitest';
import { createHeartbeatPing } from '../../../../../../electron/main/core/protection/heartbeat-ping';
import { FakeClock } from '../../../../../fakes/fake-clock';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';

function fakeFetch(status = 200) {
  const calls: string[] = [];
  const fetch = (async (url: string | URL | Request) => {
    calls.push(String(url));
    return new Response(null, { status });
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

describe("the dead-man's switch", () => {
  it('calls the monitor at start and then every few minutes, and says "failed" when stopped without the PIN', async () => {
    const clock = new FakeClock();
    const { calls, fetch } = fakeFetch();
    const url = 'https://hc-ping.com/0b1c2d3e-aaaa-bbbb-cccc-0123456789ab';
    const ping = createHeartbeatPing({
      clock,
      logger: createMemoryLogger(),
      target: () => ({ url, everyMinutes: 10 }),
      fetch,
    });
    ping.start();
    expect(calls).toEqual([url]);
    clock.advance(9 * 60_000);
    expect(calls).toHaveLength(1);
    clock.advance(60_000);
    clock.advance(10 * 60_000);
    expect(calls).toEqual([url, url, url]);
    expect(await ping.signal('stopping')).toBe(true);
    expect(calls.at(-1)).toBe(`${url}/fail`);
    ping.stop();
    clock.advance(60 * 60_000);
    expect(calls).toHaveLength(4);
  });

  it('does nothing without an address, and keeps going when the monitor cannot be reached', async () => {
    const clock = new FakeClock();
    const none = fakeFetch();
    const off = createHeartbeatPing({
      clock,
      logger: createMemoryLogger(),
      target: () => null,
      fetch: none.fetch,
    });
    off.start();
    clock.advance(60 * 60_000);
    expect(none.calls).toEqual([]);
    const logger = createMemoryLogger();
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    const down = createHeartbeatPing({
      clock,
      logger,
      target: () => ({ url: 'https://monitor.example.org/ping/abc', everyMinutes: 5 }),
      fetch: failing,
    });
    down.start();
    expect(await down.signal('alive')).toBe(false);
    clock.advance(5 * 60_000);
    expect(clock.pending).toBeGreaterThan(0);
    expect(logger.lines.some((l) => l.message === 'could not reach the heartbeat monitor')).toBe(true);
    down.stop();
  });
});
