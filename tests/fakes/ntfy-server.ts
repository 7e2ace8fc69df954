import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** A message as the server keeps and streams it (https://docs.ntfy.sh/subscribe/api/#json-message-format). */
export interface NtfyMessage {
  readonly id: string;
  readonly time: number;
  readonly event: 'message';
  readonly topic: string;
  readonly message: string;
  readonly title?: string;
  readonly priority?: number;
  readonly tags?: readonly string[];
  readonly actions?: readonly NtfyAction[];
}

export interface NtfyAction {
  readonly action: string;
  readonly label: string;
  readonly url: string;
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly clear?: boolean;
}

export interface NtfyServer {
  readonly url: string;
  /** Every message published to a topic, oldest first. */
  messages(topic: string): readonly NtfyMessage[];
  /** Resolves with the first message on `topic` (published before or after the call) that `match` accepts. */
  waitForMessage(
    topic: string,
    match?: (m: NtfyMessage) => boolean,
    timeoutMs?: number,
  ): Promise<NtfyMessage>;
  /** Resolves when someone reads `topic` as a JSON stream (the `open` event was sent). */
  waitForSubscriber(topic: string, timeoutMs?: number): Promise<void>;
  /** How many JSON streams have been opened on `topic` so far. */
  subscriptions(topic: string): number;
  /** Taps a button as the phone app does: sends its HTTP request (`http` actions only). */
  tap(message: NtfyMessage, label: string): Promise<Response>;
  /** Cuts every open stream, as a lost network would. */
  dropStreams(): void;
  /** Publishes as any other client would (a stray message, a forged answer). */
  publish(topic: string, text: string): Promise<Response>;
  close(): Promise<void>;
}

const newId = (): string => randomBytes(9).toString('base64url').slice(0, 12);

/**
 * A local ntfy-compatible server for the tests, following ntfy's documented contracts:
 * - publish: `POST/PUT /<topic>` with the text as body and Title/Priority/Tags headers, or
 *   `POST/PUT /` with a JSON body `{topic, message, title, priority, tags, actions}`
 *   (https://docs.ntfy.sh/publish/#publish-as-json); the answer is the message as JSON;
 * - subscribe: `GET /<topic>[,<topic>…]/json[?since=<id|unix time|all>&poll=1]`, newline-delimited
 *   JSON: `open` first, then cached messages since the given one, then live messages, and
 *   `keepalive` every `keepaliveMs` (https://docs.ntfy.sh/subscribe/api/);
 * - access: with `token`, requests without `Authorization: Bearer <token>` get 403 like ntfy's
 *   `{"code":40301,"http":403,"error":"forbidden"}`.
 */
export async function startNtfyServer(
  options: { token?: string; keepaliveMs?: number } = {},
): Promise<NtfyServer> {
  const cache = new Map<string, NtfyMessage[]>();
  const opened = new Map<string, number>();
  const streams = new Set<{ topics: Set<string>; res: ServerResponse }>();
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  const changed = (): void => {
    for (const wake of [...waiters]) wake();
  };

  const add = (m: Omit<NtfyMessage, 'id' | 'time' | 'event'>): NtfyMessage => {
    const message: NtfyMessage = { id: newId(), time: Math.floor(Date.now() / 1000), event: 'message', ...m };
    cache.set(m.topic, [...(cache.get(m.topic) ?? []), message]);
    for (const stream of streams)
      if (stream.topics.has(m.topic)) stream.res.write(`${JSON.stringify(message)}\n`);
    changed();
    return message;
  };

  const readBody = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(`${JSON.stringify(body)}\n`);
  };

  const since = (topic: string, value: string | null): NtfyMessage[] => {
    const all = cache.get(topic) ?? [];
    if (value === null) return [];
    if (value === 'all') return all;
    if (/^\d+$/.test(value)) return all.filter((m) => m.time >= Number(value));
    const at = all.findIndex((m) => m.id === value);
    // An id the cache does not know: everything it has (as ntfy does).
    return at < 0 ? all : all.slice(at + 1);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
        return json(res, 403, { code: 40301, http: 403, error: 'forbidden' });
      }
      const parts = url.pathname.split('/').filter(Boolean);
      if ((req.method === 'POST' || req.method === 'PUT') && parts.length === 0) {
        const body = JSON.parse(await readBody(req)) as Partial<NtfyMessage>;
        if (typeof body.topic !== 'string')
          return json(res, 400, { code: 40001, http: 400, error: 'no topic' });
        const message = add({
          topic: body.topic,
          message: body.message ?? '',
          ...(body.title ? { title: body.title } : {}),
          ...(body.priority ? { priority: body.priority } : {}),
          ...(body.tags ? { tags: body.tags } : {}),
          ...(body.actions ? { actions: body.actions } : {}),
        });
        return json(res, 200, message);
      }
      if ((req.method === 'POST' || req.method === 'PUT') && parts.length === 1) {
        const title = req.headers.title;
        const message = add({
          topic: decodeURIComponent(parts[0] ?? ''),
          message: await readBody(req),
          ...(typeof title === 'string' ? { title } : {}),
        });
        return json(res, 200, message);
      }
      if (req.method === 'GET' && parts.length === 2 && parts[1] === 'json') {
        const topics = new Set((parts[0] ?? '').split(',').map(decodeURIComponent));
        res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
        const head = {
          id: newId(),
          time: Math.floor(Date.now() / 1000),
          event: 'open',
          topic: [...topics].join(','),
        };
        res.write(`${JSON.stringify(head)}\n`);
        const cached = [...topics].flatMap((t) => since(t, url.searchParams.get('since')));
        for (const m of cached.sort((a, b) => a.time - b.time)) res.write(`${JSON.stringify(m)}\n`);
        if (url.searchParams.get('poll') === '1') return res.end();
        const stream = { topics, res };
        streams.add(stream);
        for (const t of topics) opened.set(t, (opened.get(t) ?? 0) + 1);
        changed();
        const keepalive = setInterval(() => {
          res.write(
            `${JSON.stringify({ id: newId(), time: Math.floor(Date.now() / 1000), event: 'keepalive', topic: head.topic })}\n`,
          );
        }, options.keepaliveMs ?? 45_000);
        res.on('close', () => {
          clearInterval(keepalive);
          streams.delete(stream);
        });
        return;
      }
      json(res, 404, { code: 40401, http: 404, error: 'page not found' });
    })().catch((error: unknown) => json(res, 500, { error: String(error) }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the ntfy test server has no port');
  const base = `http://127.0.0.1:${address.port}`;

  const until = <T>(check: () => T | undefined, what: string, timeoutMs: number): Promise<T> =>
    new Promise((resolve, reject) => {
      const done = (): boolean => {
        const value = check();
        if (value === undefined) return false;
        clearTimeout(timer);
        waiters.delete(wake);
        resolve(value);
        return true;
      };
      const wake = (): void => void done();
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`the ntfy test server waited ${timeoutMs} ms for ${what}`));
      }, timeoutMs);
      waiters.add(wake);
      done();
    });

  return {
    url: base,
    messages: (topic) => cache.get(topic) ?? [],
    waitForMessage: (topic, match = () => true, timeoutMs = 15_000) =>
      until(() => (cache.get(topic) ?? []).find(match), `a message on ${topic}`, timeoutMs),
    waitForSubscriber: (topic, timeoutMs = 15_000) =>
      until(
        () => ([...streams].some((s) => s.topics.has(topic)) ? true : undefined),
        `a subscriber to ${topic}`,
        timeoutMs,
      ).then(() => undefined),
    subscriptions: (topic) => opened.get(topic) ?? 0,
    async tap(message, label) {
      const action = message.actions?.find((a) => a.label === label);
      if (!action) throw new Error(`no button "${label}" on the message`);
      if (action.action !== 'http') throw new Error(`"${label}" is a ${action.action} button`);
      return fetch(action.url, {
        method: action.method ?? 'POST',
        headers: action.headers ?? {},
        body: action.body ?? '',
      });
    },
    dropStreams() {
      for (const stream of streams) stream.res.destroy();
      streams.clear();
    },
    publish: (topic, text) =>
      fetch(`${base}/${encodeURIComponent(topic)}`, {
        method: 'POST',
        body: text,
        headers: options.token ? { Authorization: `Bearer ${options.token}` } : {},
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.res.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
