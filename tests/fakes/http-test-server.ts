import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type Responder = (request: ReceivedRequest, response: ServerResponse) => void;

const ok: Responder = (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end('{}');
};

/**
 * A real HTTP server on 127.0.0.1 that records every request (method, path, headers, raw
 * body) and answers with `respond` (200 by default; tests swap it to fail on purpose).
 */
export async function startHttpServer(options: { port?: number; respond?: Responder } = {}) {
  const received: ReceivedRequest[] = [];
  const waiters: { match: (r: ReceivedRequest) => boolean; resolve: (r: ReceivedRequest) => void }[] = [];
  let respond = options.respond ?? ok;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      respond(request, res);
      for (const w of waiters.splice(0)) {
        if (w.match(request)) w.resolve(request);
        else waiters.push(w);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    received,
    respondWith(next: Responder) {
      respond = next;
    },
    next: (match: (r: ReceivedRequest) => boolean = () => true) =>
      new Promise<ReceivedRequest>((resolve) => waiters.push({ match, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits until `check` returns a value (polling the store, which has no event to await). */
export async function waitFor<T>(check: () => T | undefined, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
