import type { Delivery, DeliveryReason } from '../../../../../shared/model/alert';
import type { Logger } from '../../logging/logger';
import type { Clock } from '../../ports/clock';
import type { OutboxRepository } from '../../store/outbox-repository';
import { DeliveryError, type Endpoint } from './delivery-error';
import { tcpReachable, type Reachable } from './reachability';

export interface OutboxDispatcherOptions {
  readonly outbox: OutboxRepository;
  /** Sends one alert; throws a DeliveryError (permanent when retrying cannot help). */
  readonly send: (delivery: Delivery) => Promise<void>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly random?: () => number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Transient failures are retried for this long (more than 24 hours), then given up. */
  readonly giveUpAfterMs?: number;
  /** How often a server that could not be reached is probed while alerts wait for it. */
  readonly probeIntervalMs?: number;
  readonly reachable?: Reachable;
  /** Told of each send that settled: sent, or given up (`final`) or to be retried. */
  readonly onResult?: (delivery: Delivery, result: SendResult) => void;
}

export type SendResult =
  | { readonly sent: true; readonly at: number }
  | { readonly sent: false; readonly final: boolean; readonly reason: DeliveryReason; readonly at: number };

/** A server's Retry-After is honoured up to this long; beyond it, the usual backoff decides. */
const maxRetryAfterMs = 6 * 3_600_000;

export interface OutboxDispatcher {
  /** Looks at the outbox now (after new rows were written). */
  kick(): void;
  /** Sends everything due now; resolves when done (tests, `alert-test`). */
  drain(): Promise<void>;
  start(): void;
  stop(): void;
}

/**
 * Sends queued alerts: exponential backoff with jitter for transient failures, retried for
 * more than a day; permanent failures stop at once with their reason. At-least-once: a row is
 * marked sent only after the channel accepted it, so a crash in between sends it again, with
 * the same idempotency key.
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const { outbox, clock, logger } = options;
  const random = options.random ?? Math.random;
  const base = options.baseDelayMs ?? 5_000;
  const max = options.maxDelayMs ?? 15 * 60_000;
  const giveUpAfter = options.giveUpAfterMs ?? 25 * 3_600_000;
  let timer: { cancel(): void } | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let started = false;
  let draining = 0;
  const active = (): boolean => started || draining > 0;

  /*
   * Backoff alone would leave alerts waiting up to 15 minutes after a long outage ends, and
   * a lower cap would keep hammering a server that is down. Instead, while alerts wait for a
   * server that could not be reached at all (refused, timed out, no route), that server is
   * probed with a bare TCP connection every few seconds: it costs one SYN, sends nothing, and
   * the moment it answers, everything waiting for it is tried again. Servers that answered
   * with an error (busy, 5xx, Retry-After) are not probed: they are up and asked us to wait.
   */
  const probeEvery = options.probeIntervalMs ?? 5_000;
  const reachable = options.reachable ?? tcpReachable;
  const waiting = new Map<string, { endpoint: Endpoint; ids: Set<number> }>();
  let probeTimer: { cancel(): void } | null = null;
  let probing = false;

  const probe = async (): Promise<void> => {
    probeTimer = null;
    if (!started || waiting.size === 0) return;
    probing = true;
    try {
      for (const [key, entry] of [...waiting]) {
        if (!(await reachable(entry.endpoint))) continue;
        waiting.delete(key);
        const woken = outbox.retryNow([...entry.ids], clock.now());
        if (woken > 0) logger.info('server reachable again; retrying now', { server: key, alerts: woken });
      }
    } catch (error) {
      logger.warn('reachability probe failed', { error });
    } finally {
      probing = false;
    }
    dispatcher.kick();
    scheduleProbe();
  };
  const scheduleProbe = (): void => {
    if (probeTimer || probing || !started || waiting.size === 0) return;
    probeTimer = clock.setTimeout(() => void probe(), probeEvery);
  };
  const waitFor = (endpoint: Endpoint, id: number): void => {
    const key = `${endpoint.host}:${endpoint.port}`;
    const entry = waiting.get(key) ?? { endpoint, ids: new Set<number>() };
    entry.ids.add(id);
    waiting.set(key, entry);
    scheduleProbe();
  };
  const sentOrGivenUp = (id: number): void => {
    for (const [key, entry] of waiting) {
      entry.ids.delete(id);
      if (entry.ids.size === 0) waiting.delete(key);
    }
  };

  const settle = (write: () => void): void => {
    // Stopped while a send was under way (the app is closing): leave the row queued; it goes
    // out again on the next start, with the same idempotency key.
    if (!active()) return;
    try {
      write();
    } catch (error) {
      logger.error('could not record an alert result', { error });
    }
  };

  const told = (delivery: Delivery, result: SendResult): void => {
    if (!active()) return;
    try {
      options.onResult?.(delivery, result);
    } catch (error) {
      logger.error('could not record what a send did', { error });
    }
  };

  const attempt = async (delivery: Delivery): Promise<void> => {
    try {
      await options.send(delivery);
      const at = clock.now();
      settle(() => outbox.markSent(delivery.id, at));
      sentOrGivenUp(delivery.id);
      told(delivery, { sent: true, at });
      logger.info('alert sent', {
        id: delivery.id,
        key: delivery.idempotencyKey,
        channel: delivery.channelType,
      });
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError(String(error), false);
      const now = clock.now();
      const tooOld = now - delivery.createdAt >= giveUpAfter;
      // A test message answers "does this work now?": it is tried once.
      if (failure.permanent || tooOld || delivery.kind === 'test') {
        const reason =
          tooOld && !failure.permanent ? `Gave up after 24 hours: ${failure.message}` : failure.message;
        settle(() => outbox.markFailed(delivery.id, reason, failure.reason));
        sentOrGivenUp(delivery.id);
        told(delivery, { sent: false, final: true, reason: failure.reason, at: now });
        logger.warn('alert failed', { id: delivery.id, reason });
      } else {
        const backoff = Math.round(Math.min(max, base * 2 ** delivery.attempts) * (0.5 + random() * 0.5));
        const delay = Math.max(backoff, Math.min(failure.retryAfterMs ?? 0, maxRetryAfterMs));
        settle(() => outbox.retryLater(delivery.id, failure.message, failure.reason, now + delay));
        if (failure.unreachable && active()) waitFor(failure.unreachable, delivery.id);
        told(delivery, { sent: false, final: false, reason: failure.reason, at: now });
        logger.info('alert will be retried', {
          id: delivery.id,
          inMs: Math.round(delay),
          reason: failure.message,
        });
      }
    }
  };

  const schedule = (): void => {
    timer?.cancel();
    timer = null;
    if (!started) return;
    const next = outbox.nextDueAt();
    if (next === null) return;
    timer = clock.setTimeout(() => dispatcher.kick(), Math.max(0, next - clock.now()));
  };

  const run = async (): Promise<void> => {
    do {
      again = false;
      while (active()) {
        const due = outbox.due(clock.now(), 20);
        if (due.length === 0) break;
        await Promise.all(due.map(attempt));
      }
    } while (again && active());
    schedule();
  };

  const dispatcher: OutboxDispatcher = {
    kick() {
      if (!active()) return;
      if (running) {
        again = true;
        return;
      }
      // A kick that lands after run() finished but before this settles (run() is synchronous
      // when nothing is due) must not be lost: look again.
      running = run().finally(() => {
        running = null;
        if (again) dispatcher.kick();
      });
    },
    async drain() {
      draining += 1;
      try {
        dispatcher.kick();
        while (running) await running;
      } finally {
        draining -= 1;
      }
    },
    start() {
      started = true;
      dispatcher.kick();
      scheduleProbe();
    },
    stop() {
      started = false;
      timer?.cancel();
      timer = null;
      probeTimer?.cancel();
      probeTimer = null;
    },
  };
  return dispatcher;
}
