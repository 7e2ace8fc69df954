import type { Logger } from '../../logging/logger';
import type { Clock } from '../../ports/clock';

/** The reply topics of one ntfy server (and access token), read over one connection. */
export interface ReplySubscription {
  readonly server: string;
  readonly topics: readonly string[];
  readonly token?: string | undefined;
}

export interface ReplyMessage {
  readonly server: string;
  readonly topic: string;
  readonly id: string;
  /** When the server took it (Unix seconds). */
  readonly time: number;
  readonly message: string;
}

export type ConnectionState = 'connecting' | 'open' | 'waiting';

export interface ReplyListenerOptions {
  /** The subscriptions wanted now (read on `refresh`). */
  readonly subscriptions: () => readonly ReplySubscription[];
  readonly onMessage: (message: ReplyMessage) => void;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Messages since this time (Unix seconds) are read on the first connection. */
  readonly sinceSeconds: number;
  readonly random?: () => number;
  /** First wait before connecting again (doubles up to `maxDelayMs`). */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** ntfy sends a keepalive every 45 s; a connection silent this long is dead and is replaced. */
  readonly silenceMs?: number;
  readonly onState?: (server: string, state: ConnectionState) => void;
}

export interface ReplyListener {
  /** Opens connections for new subscriptions and closes those no longer wanted. */
  refresh(): void;
  stop(): void;
  /** Each connection and its state, for the log and the tests. */
  connections(): readonly {
    readonly server: string;
    readonly topics: readonly string[];
    readonly state: ConnectionState;
    readonly reconnects: number;
  }[];
}

interface Connection {
  readonly key: string;
  readonly subscription: ReplySubscription;
  since: string;
  state: ConnectionState;
  reconnects: number;
  stopped: boolean;
  abort: AbortController | null;
  wake: (() => void) | null;
}

const keyOf = (s: ReplySubscription): string =>
  [s.server, s.token ?? '', [...s.topics].sort().join(',')].join('\n');

/**
 * Reads the answers from the family's phones: ntfy's JSON stream
 * (https://docs.ntfy.sh/subscribe/api/#subscribe-as-json-stream), `GET <server>/<t1,t2>/json`,
 * one JSON object per line (`open`, `keepalive`, `message`). A lost connection is opened again
 * with exponential backoff and jitter (1 s doubling to a minute, reset once the server says
 * `open`), asking for everything `since` the last message seen, so nothing said meanwhile is
 * missed; a connection that stays silent past two keepalives is dropped and opened again.
 */
export function createReplyListener(options: ReplyListenerOptions): ReplyListener {
  const { clock, logger } = options;
  const random = options.random ?? Math.random;
  const base = options.baseDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 60_000;
  const silenceMs = options.silenceMs ?? 100_000;
  const open = new Map<string, Connection>();
  /** The last message seen on each server, so a changed set of topics misses nothing either. */
  const lastSeen = new Map<string, string>();

  const setState = (conn: Connection, state: ConnectionState): void => {
    conn.state = state;
    options.onState?.(conn.subscription.server, state);
  };

  const sleep = (conn: Connection, ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = clock.setTimeout(() => {
        conn.wake = null;
        resolve();
      }, ms);
      conn.wake = () => {
        timer.cancel();
        conn.wake = null;
        resolve();
      };
    });

  const readStream = async (
    conn: Connection,
    body: ReadableStream<Uint8Array>,
    pet: () => void,
    opened: () => void,
  ) => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      pet();
      buffer += decoder.decode(value, { stream: true });
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
        if (line === '') continue;
        // A huge line is not an answer; it is dropped rather than held in memory.
        if (line.length > 64_000) continue;
        let event: { event?: unknown; id?: unknown; time?: unknown; topic?: unknown; message?: unknown };
        try {
          event = JSON.parse(line) as typeof event;
        } catch {
          continue;
        }
        if (event.event === 'open') opened();
        if (event.event !== 'message' || typeof event.id !== 'string') continue;
        conn.since = event.id;
        lastSeen.set(conn.subscription.server, event.id);
        try {
          options.onMessage({
            server: conn.subscription.server,
            topic: typeof event.topic === 'string' ? event.topic : '',
            id: event.id,
            time: typeof event.time === 'number' ? event.time : 0,
            message: typeof event.message === 'string' ? event.message : '',
          });
        } catch (error) {
          logger.error('an answer could not be handled', { error });
        }
      }
      if (buffer.length > 64_000) buffer = '';
    }
  };

  const run = async (conn: Connection): Promise<void> => {
    const { server, topics, token } = conn.subscription;
    let failures = 0;
    while (!conn.stopped) {
      setState(conn, 'connecting');
      const abort = new AbortController();
      conn.abort = abort;
      let watchdog: { cancel(): void } | null = null;
      const pet = (): void => {
        watchdog?.cancel();
        watchdog = clock.setTimeout(() => abort.abort(new Error('no keepalive from the server')), silenceMs);
      };
      try {
        pet();
        const url = `${server.replace(/\/+$/, '')}/${topics.map(encodeURIComponent).join(',')}/json?since=${encodeURIComponent(conn.since)}`;
        const response = await fetch(url, {
          headers: token ? { Authorization: `Bearer ${token}` } : {},
          signal: abort.signal,
        });
        if (!response.ok || !response.body) {
          await response.body?.cancel();
          throw new Error(`the server answered HTTP ${response.status}`);
        }
        await readStream(conn, response.body, pet, () => {
          failures = 0;
          setState(conn, 'open');
        });
        if (!conn.stopped) logger.info('the answer stream ended; connecting again', { server });
      } catch (error) {
        if (conn.stopped) break;
        logger.warn('could not read answers from the push server', {
          server,
          reason: error instanceof Error ? error.message : String(error),
        });
      } finally {
        (watchdog as { cancel(): void } | null)?.cancel();
        conn.abort = null;
      }
      if (conn.stopped) break;
      const delay = Math.round(Math.min(max, base * 2 ** failures) * (0.5 + random() * 0.5));
      failures += 1;
      conn.reconnects += 1;
      setState(conn, 'waiting');
      await sleep(conn, delay);
    }
  };

  const close = (conn: Connection): void => {
    conn.stopped = true;
    conn.abort?.abort(new Error('closed'));
    conn.wake?.();
    open.delete(conn.key);
  };

  return {
    refresh() {
      const wanted = new Map(
        options
          .subscriptions()
          .filter((s) => s.topics.length > 0)
          .map((s) => [keyOf(s), s] as const),
      );
      for (const conn of [...open.values()]) if (!wanted.has(conn.key)) close(conn);
      for (const [key, subscription] of wanted) {
        if (open.has(key)) continue;
        const conn: Connection = {
          key,
          subscription,
          since: lastSeen.get(subscription.server) ?? String(options.sinceSeconds),
          state: 'connecting',
          reconnects: 0,
          stopped: false,
          abort: null,
          wake: null,
        };
        open.set(key, conn);
        void run(conn);
      }
    },
    stop() {
      for (const conn of [...open.values()]) close(conn);
    },
    connections: () =>
      [...open.values()].map((c) => ({
        server: c.subscription.server,
        topics: c.subscription.topics,
        state: c.state,
        reconnects: c.reconnects,
      })),
  };
}
