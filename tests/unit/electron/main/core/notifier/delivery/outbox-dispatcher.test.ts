import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../../fakes/memory-logger';
import { DeliveryError } from '../../../../../../../electron/main/core/notifier/delivery/delivery-error';
import { createOutboxDispatcher } from '../../../../../../../electron/main/core/notifier/delivery/outbox-dispatcher';
import { migrate } from '../../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../../electron/main/core/store/migrations';
import { createOutboxRepository } from '../../../../../../../electron/main/core/store/outbox-repository';
import { FakeClock } from '../../../../../../fakes/fake-clock';

function setup(send: () => Promise<void>, extra: Partial<Parameters<typeof createOutboxDispatcher>[0]> = {}) {
  const db = new BetterSqlite3(':memory:');
  migrate(db, ':memory:', migrations);
  const outbox = createOutboxRepository(db);
  const clock = new FakeClock();
  const dispatcher = createOutboxDispatcher({
    outbox,
    send,
    clock,
    logger: createMemoryLogger(),
    random: () => 1,
    baseDelayMs: 1000,
    ...extra,
  });
  const enqueue = (key: string) =>
    outbox.enqueue(
      [
        {
          idempotencyKey: key,
          incidentId: null,
          kind: 'incident',
          contactName: 'Ann',
          channelType: 'email',
          channelTarget: 'ann@example.test',
          message: { subject: 's', body: 'b', severity: 'warning', language: 'en' },
        },
      ],
      clock.now(),
    );
  const settle = async (ms = 0) => {
    clock.advance(ms);
    for (let i = 0; i < 5; i += 1) await new Promise((r) => setImmediate(r));
  };
  return { outbox, clock, dispatcher, enqueue, settle };
}

describe('the alert dispatcher', () => {
  it('never queues the same alert twice', () => {
    const { enqueue } = setup(async () => undefined);
    expect(enqueue('a:0:0')).toBe(1);
    expect(enqueue('a:0:0')).toBe(0);
  });

  it('retries transient failures with exponential backoff, then delivers', async () => {
    let calls = 0;
    const { outbox, dispatcher, enqueue, settle } = setup(async () => {
      calls += 1;
      if (calls < 4) throw new DeliveryError('Could not reach the mail server', false);
    });
    enqueue('k');
    dispatcher.start();
    await settle();
    expect(outbox.list(1)[0]).toMatchObject({ status: 'queued', attempts: 1 });
    await settle(999);
    expect(calls).toBe(1);
    await settle(1); // 1 s after the first failure
    expect(calls).toBe(2);
    await settle(2000); // then 2 s
    expect(calls).toBe(3);
    await settle(4000); // then 4 s
    expect(outbox.list(1)[0]).toMatchObject({ status: 'sent', attempts: 4, lastError: null });
    dispatcher.stop();
  });

  it('does not retry permanent failures', async () => {
    let calls = 0;
    const { outbox, dispatcher, enqueue, settle } = setup(async () => {
      calls += 1;
      throw new DeliveryError('The mail server refused the user name or password', true);
    });
    enqueue('k');
    dispatcher.start();
    await settle(60 * 60_000);
    expect(calls).toBe(1);
    expect(outbox.list(1)[0]).toMatchObject({
      status: 'failed',
      lastError: 'The mail server refused the user name or password',
    });
    dispatcher.stop();
  });

  it('keeps trying for more than 24 hours, then gives up and says so', async () => {
    let calls = 0;
    const { outbox, dispatcher, enqueue, settle } = setup(async () => {
      calls += 1;
      throw new DeliveryError('Could not reach the mail server', false);
    });
    enqueue('k');
    dispatcher.start();
    // Steps of 15 minutes, the longest wait between two tries.
    for (let step = 0; step < 24 * 4; step += 1) await settle(15 * 60_000);
    expect(outbox.list(1)[0]?.status).toBe('queued');
    for (let step = 0; step < 2 * 4; step += 1) await settle(15 * 60_000);
    expect(outbox.list(1)[0]).toMatchObject({
      status: 'failed',
      lastError: 'Gave up after 24 hours: Could not reach the mail server',
    });
    expect(calls).toBeGreaterThan(90);
    dispatcher.stop();
  });

  it('does not lose a kick that lands while an empty pass is finishing', async () => {
    let calls = 0;
    const { dispatcher, enqueue, settle } = setup(async () => {
      calls += 1;
    });
    dispatcher.start(); // nothing due: this pass ends at once, but is still settling
    enqueue('k');
    dispatcher.kick();
    await settle();
    expect(calls).toBe(1);
    dispatcher.stop();
  });

  it('waits as long as the server asks (Retry-After) when that is longer than the backoff', async () => {
    let calls = 0;
    const { outbox, dispatcher, enqueue, settle } = setup(async () => {
      calls += 1;
      if (calls === 1) throw new DeliveryError('busy', false, { retryAfterMs: 120_000 });
    });
    enqueue('k');
    dispatcher.start();
    await settle();
    await settle(119_999);
    expect(calls).toBe(1);
    await settle(1);
    expect(outbox.list(1)[0]).toMatchObject({ status: 'sent', attempts: 2 });
    dispatcher.stop();
  });

  it('probes an unreachable server and retries as soon as it answers, not at the end of the backoff', async () => {
    let up = false;
    let calls = 0;
    const probes: string[] = [];
    const { outbox, dispatcher, enqueue, settle } = setup(
      async () => {
        calls += 1;
        if (!up)
          throw new DeliveryError('Could not reach the mail server', false, {
            unreachable: { host: 'mail.example.test', port: 587 },
          });
      },
      {
        probeIntervalMs: 5_000,
        reachable: async (endpoint) => {
          probes.push(`${endpoint.host}:${endpoint.port}`);
          return up;
        },
      },
    );
    enqueue('k');
    dispatcher.start();
    // Fail for a while: the backoff grows to minutes.
    for (let i = 0; i < 12; i += 1) await settle(5_000);
    expect(probes.length).toBeGreaterThan(5);
    expect(outbox.list(1)[0]?.status).toBe('queued');
    const before = calls;
    up = true;
    await settle(5_000); // the next probe finds it up
    await settle();
    expect(calls).toBe(before + 1);
    expect(outbox.list(1)[0]?.status).toBe('sent');
    expect(probes.every((p) => p === 'mail.example.test:587')).toBe(true);
    dispatcher.stop();
  });
});
