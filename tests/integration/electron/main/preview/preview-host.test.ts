import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createTestCore, type TestCore } from '../../../../fakes/test-core';
import { createMemoryLogger } from '../../../../fakes/memory-logger';
import { startPreviewHost, type PreviewHost } from '../../../../../electron/main/preview/preview-host';
import { useTempDir } from '../../../../fakes/temp-dir';

const rendererDir = join(__dirname, '../../../../fixtures/renderer-stub');

function open(url: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function next(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
}

describe('the preview host', () => {
  const tempDir = useTempDir();
  let host: PreviewHost | null = null;
  let core: TestCore | null = null;
  afterEach(async () => {
    await host?.close();
    core?.close();
  });

  async function start() {
    core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger() });
    host = await startPreviewHost({ core, rendererDir, logger: createMemoryLogger() });
    return { host, core, origin: `http://127.0.0.1:${host.port}` };
  }

  it('listens on 127.0.0.1 and serves the renderer', async () => {
    const { host } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('renderer stub');
    // Encoded dots survive URL normalisation, so this really asks for a file outside the folder.
    expect(
      (await fetch(`http://127.0.0.1:${host.port}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json`)).status,
    ).toBe(404);
  });

  it('answers contract calls and pushes events over the socket', async () => {
    const { host, origin } = await start();
    const ws = await open(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`, origin);
    ws.send(JSON.stringify({ id: 1, channel: 'status.get', payload: {} }));
    expect(await next(ws)).toMatchObject({ id: 1, result: { ok: true, value: { state: 'protected' } } });
    const pushed = next(ws);
    ws.send(JSON.stringify({ id: 2, channel: 'protection.pause', payload: { minutes: 15 } }));
    expect(await pushed).toMatchObject({ event: 'protection.status', payload: { state: 'paused' } });
    ws.send(JSON.stringify({ id: 3, channel: 'nope', payload: {} }));
    expect(await next(ws)).toMatchObject({
      id: 3,
      result: { ok: false, error: { code: 'unknown-channel' } },
    });
    ws.close();
  });

  it('refuses a socket without the token or from another origin', async () => {
    const { host, origin } = await start();
    await expect(open(`ws://127.0.0.1:${host.port}/ws?token=wrong`, origin)).rejects.toThrow('HTTP 403');
    await expect(
      open(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`, 'http://evil.example'),
    ).rejects.toThrow('HTTP 403');
    await expect(
      open(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`, 'http://localhost:1'),
    ).rejects.toThrow('HTTP 403');
  });

  it('survives a bad URL escape, a frame that is not UTF-8 and one over the size limit', async () => {
    const { host, origin } = await start();
    const bad = await fetch(`http://127.0.0.1:${host.port}/%E0%A4%A`);
    expect(bad.status).toBe(400);
    for (const frame of [() => Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), () => 'x'.repeat(2_100_000)]) {
      const ws = await open(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`, origin);
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      ws.on('error', () => undefined);
      ws.send(frame(), { binary: false });
      expect(await closed).toBeGreaterThan(1000);
    }
    // The host is still there, for a new socket and for pages.
    const ws = await open(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`, origin);
    ws.send(JSON.stringify({ id: 1, channel: 'status.get', payload: {} }));
    expect(await next(ws)).toMatchObject({ id: 1, result: { ok: true } });
    ws.close();
    expect((await fetch(host.url)).status).toBe(200);
  });

  it('keeps answering a second client while one floods it with 10,000 requests', async () => {
    const { host, core, origin } = await start();
    // A full history, so each request costs what it would on a computer used for a year.
    for (let i = 0; i < 500; i += 1)
      core.audit.append('settings.exported', { how: 'cli' }, Date.now() - i * 60_000);
    const url = `ws://127.0.0.1:${host.port}/ws?token=${host.token}`;
    const flood = await open(url, origin);
    const other = await open(url, origin);
    let answered = 0;
    let limited = 0;
    const floodDone = new Promise<void>((resolve) =>
      flood.on('message', (data) => {
        const reply = JSON.parse(String(data)) as { result?: { ok: boolean; error?: { code: string } } };
        if (!reply.result) return;
        answered += 1;
        if (reply.result.error?.code === 'rate-limited') limited += 1;
        if (answered === 10_000) resolve();
      }),
    );
    for (let id = 0; id < 10_000; id += 1)
      flood.send(JSON.stringify({ id, channel: 'history.list', payload: { limit: 500 } }));
    // The other client's status calls, one after another, while the flood is answered.
    const waits: number[] = [];
    for (let id = 1; id <= 20; id += 1) {
      const started = performance.now();
      const answer = next(other);
      other.send(JSON.stringify({ id, channel: 'status.get', payload: {} }));
      expect(await answer).toMatchObject({ id, result: { ok: true } });
      waits.push(performance.now() - started);
    }
    await floodDone;
    waits.sort((a, b) => a - b);
    // Every request got an answer; most of the flood was turned away at once.
    expect(limited).toBeGreaterThan(9_000);
    expect(waits[waits.length - 1]).toBeLessThan(2_000);
    flood.close();
    other.close();
  });

  it('will not start without a built renderer', async () => {
    core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger() });
    await expect(
      startPreviewHost({ core, rendererDir: tempDir(), logger: createMemoryLogger() }),
    ).rejects.toThrow(/npm run build/);
  });
});
