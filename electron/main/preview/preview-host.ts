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

function serveFile(rendererDir: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
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
    const unsubscribe = core.bus.subscribe((event, payload) => {
      ws.send(JSON.stringify({ event, payload }));
    });
    ws.on('message', (data) => {
      const message = parseMessage(data);
      if (!message) {
        ws.send(
          JSON.stringify({
            id: null,
            result: { ok: false, error: { code: 'bad-request', message: 'bad message' } },
          }),
        );
        return;
      }
      void core.invoke(message.channel, message.payload).then((result) => {
        ws.send(JSON.stringify({ id: message.id, result }));
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
