import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core/core-host';
import type { Logger } from '../core/logging/logger';

/**
 * The web preview: serves the built renderer and the core's handlers over a WebSocket, on
 * 127.0.0.1 only, for development and browser tests. Every socket must present the per-run
 * token and come from this server's own origin. Never part of the packaged app.
 */
export interface PreviewHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

function sameToken(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A path's text, or null when its escapes are not valid (`/%E0%A4%A`). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function serveFile(rendererDir: string, req: IncomingMessage, res: ServerResponse): void {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  const relative = decodedPath(url.pathname === '/' ? '/index.html' : url.pathname);
  if (relative === null) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  const path = normalize(join(rendererDir, relative));
  if (!path.startsWith(rendererDir + sep) || !existsSync(path) || !statSync(path).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(path).pipe(res);
}

interface InvokeMessage {
  readonly id: number;
  readonly channel: unknown;
  readonly payload: unknown;
}

function parseMessage(data: unknown): InvokeMessage | null {
  try {
    const value = JSON.parse(String(data)) as Partial<InvokeMessage>;
    return typeof value.id === 'number'
      ? { id: value.id, channel: value.channel, payload: value.payload }
      : null;
  } catch {
    return null;
  }
}

/**
 * Requests one socket may have unanswered at once. The screens never have more than a few; a
 * flood beyond it is answered "rate-limited" at once, so it cannot stall the core (and with it
 * the sensors) for everyone else.
 */
export const maxInFlightPerSocket = 32;

const reply = (ws: WebSocket, message: unknown): void => {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
};

export async function startPreviewHost(options: {
  readonly core: Core;
  readonly rendererDir: string;
  readonly logger: Logger;
  readonly port?: number;
}): Promise<PreviewHost> {
  const { core, logger } = options;
  const rendererDir = normalize(options.rendererDir);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${rendererDir} has no index.html). Run "npm run build" first.`,
    );
  }
  const token = randomBytes(24).toString('base64url');
  const server: Server = createServer((req, res) => serveFile(rendererDir, req, res));
  // A socket that sends garbage before any request is ended, quietly.
  server.on('clientError', (_error, socket) => socket.destroy());
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 2_000_000 });
  let origin = '';

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const allowed =
      url.pathname === '/ws' &&
      req.headers.origin === origin &&
      sameToken(url.searchParams.get('token'), token);
    if (!allowed) {
      logger.warn('refused a preview socket', { origin: req.headers.origin, path: url.pathname });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });

  sockets.on('connection', (ws: WebSocket) => {
    let inFlight = 0;
    const unsubscribe = core.bus.subscribe((event, payload) => reply(ws, { event, payload }));
    // A frame that is not valid UTF-8, or over the size limit, ends this socket, not the host.
    ws.on('error', (error) => {
      logger.warn('closed a preview socket after a bad frame', { error: error.message });
      ws.terminate();
    });
    ws.on('message', (data) => {
      const message = parseMessage(data);
      if (!message) {
        reply(ws, {
          id: null,
          result: { ok: false, error: { code: 'bad-request', message: 'bad message' } },
        });
        return;
      }
      if (inFlight >= maxInFlightPerSocket) {
        const error = { code: 'rate-limited', message: 'too many requests at once', retryAfterMs: 1000 };
        reply(ws, { id: message.id, result: { ok: false, error } });
        return;
      }
      inFlight += 1;
      // Each request waits its turn behind the ones before it: the event loop (and the sensors)
      // gets a turn between any two, whatever one socket sends.
      setImmediate(() => {
        void core
          .invoke(message.channel, message.payload)
          .then((result) => reply(ws, { id: message.id, result }))
          .finally(() => (inFlight -= 1));
      });
    });
    ws.on('close', unsubscribe);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  logger.info('preview host listening', { port });

  return {
    url: `${origin}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
