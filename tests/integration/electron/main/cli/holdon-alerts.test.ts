import { mark, masked } from '../../../../../shared/settings/masked-secret';
import { isolatedEnv } from '../../../../fakes/test-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxRepository } from '../../../../../electron/main/core/store/outbox-repository';
import { webhookSecret } from '../../../../fakes/alert-core';
import { startHttpServer, waitFor, type ReceivedRequest } from '../../../../fakes/http-test-server';
import { exited, startRenamed } from '../../../../fakes/renamed-process';
import { startSmtpServer } from '../../../../fakes/smtp-test-server';
import { holdonBin, requireBuiltCli, runHoldon } from '../../../../fakes/holdon-cli';
import { useTempDir } from '../../../../fakes/temp-dir';

const holdon = (args: string[], env: Record<string, string> = {}) => runHoldon(args, { env });

describe('holdon alert-test and alerts from holdon watch', () => {
  const tempDir = useTempDir();
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  beforeAll(() => {
    requireBuiltCli();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('alert-test prints one line per channel and exits 1 when one failed', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const http = await startHttpServer({
      respond: (request, response) => {
        if (request.path === '/broken') response.writeHead(410).end('gone');
        else response.writeHead(200).end('{}');
      },
    });
    cleanups.push(http.close);
    const dir = tempDir();
    const config = join(dir, 'holdon.json');
    const contacts = [
      {
        name: 'Ann',
        language: 'en',
        channels: [
          { type: 'email', to: 'ann@example.test' },
          { type: 'ntfy', topic: 'holdon-ann', server: http.url },
        ],
      },
      { name: 'Bob', channels: [{ type: 'webhook', url: `${http.url}/broken`, secret: webhookSecret }] },
    ];
    writeFileSync(
      config,
      JSON.stringify({ contacts, email: { smtpUrl: smtp.url(), from: 'Hold On <h@example.test>' } }),
    );
    const env = { HOLDON_DATA_DIR: dir };

    const ann = await holdon(['alert-test', '--config', config, '--contact', 'Ann'], env);
    expect(ann.code).toBe(0);
    // A push topic and a webhook address are secrets: the output names their server and a mark.
    const topic = `${http.url}/•••${mark('holdon-ann')}`;
    const hook = masked('url', `${http.url}/broken`);
    expect(hook).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/•••[0-9a-f]{4}$/);
    expect(ann.stdout).toBe(`sent    Ann by email to ann@example.test\nsent    Ann by ntfy to ${topic}\n`);
    expect(smtp.received[0]?.raw).toContain('Subject: Hold On: test message for Ann');

    const all = await holdon(['alert-test', '--config', config, '--json'], env);
    expect(all.code).toBe(1);
    const lines = all.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { contact: 'Ann', channel: 'email', to: 'ann@example.test', status: 'sent', error: null },
      { contact: 'Ann', channel: 'ntfy', to: topic, status: 'sent', error: null },
      {
        contact: 'Bob',
        channel: 'webhook',
        to: hook,
        status: 'failed',
        error: 'The webhook server does not know this address (HTTP 410): gone',
      },
    ]);
    expect(all.stdout).not.toMatch(/holdon-ann|broken/);
    const nobody = await holdon(['alert-test', '--config', config, '--contact', 'Zed'], env);
    expect(nobody).toMatchObject({ code: 2, stderr: 'holdon: no trusted contact named "Zed"\n' });
    writeFileSync(config, JSON.stringify({ contacts: [{ name: 'Cy', phone: '+44 7700 900999' }] }));
    const noChannels = await holdon(['alert-test', '--config', config], env);
    expect(noChannels).toMatchObject({
      code: 2,
      stderr: 'holdon: no trusted contact has any alert channels ("channels" in the settings)\n',
    });
  });

  it('delivers an alert after holdon watch is killed (SIGKILL) in the middle of sending it', async () => {
    const delivered = new Map<string, number>();
    let holdNext = true;
    const held: ReceivedRequest[] = [];
    const http = await startHttpServer({
      respond: (request, response) => {
        const key = String(request.headers['x-holdon-idempotency-key']);
        if (holdNext && key.endsWith(':0:0') && !key.startsWith('event-')) {
          // Accept the request and never answer: Hold On is killed while it waits.
          held.push(request);
          return;
        }
        delivered.set(key, (delivered.get(key) ?? 0) + 1);
        response.writeHead(200).end('{}');
      },
    });
    cleanups.push(http.close);
    const dir = tempDir();
    const config = join(dir, 'holdon.json');
    writeFileSync(
      config,
      JSON.stringify({
        seniorName: 'Mum',
        contacts: [
          { name: 'Ann', channels: [{ type: 'webhook', url: `${http.url}/hook`, secret: webhookSecret }] },
        ],
      }),
    );
    const output: string[] = [];
    const watch = (): ChildProcess => {
      const child = spawn(process.execPath, [holdonBin, 'watch', '--json', '--config', config], {
        env: isolatedEnv({ HOLDON_DATA_DIR: dir }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (c: Buffer) => output.push(c.toString()));
      child.stderr?.on('data', (c: Buffer) => output.push(c.toString()));
      cleanups.push(async () => {
        child.kill('SIGKILL');
        await exited(child);
      });
      return child;
    };

    const first = watch();
    const tool = startRenamed('AnyDesk.exe');
    // A cold start of the CLI on a busy machine can take seconds: allow 30.
    const request = await waitFor(() => held[0], 'the alert request', 30_000).catch((e: Error) => {
      throw new Error(`${e.message}; holdon printed: ${output.join('')}; server saw ${http.received.length}`);
    });
    const key = String(request.headers['x-holdon-idempotency-key']);
    first.kill('SIGKILL');
    await exited(first);
    tool.kill('SIGKILL');
    await exited(tool);

    // The alert was written with the incident, so the next start sends it: same key.
    holdNext = false;
    watch();
    await waitFor(() => delivered.get(key), 'the alert after the restart', 30_000);
    const db = new BetterSqlite3(join(dir, 'holdon.db'), { readonly: true });
    cleanups.push(() => db.close());
    const rows = await waitFor(() => {
      const all = createOutboxRepository(db)
        .list(50)
        .filter((d) => d.kind === 'incident');
      return all.every((d) => d.status === 'sent') ? all : undefined;
    }, 'the row marked sent');
    // One alert for the one incident; the receiver saw it once more than it answered, with the
    // same idempotency key, which is what lets it drop the repeat.
    expect(rows.map((d) => d.idempotencyKey)).toEqual([key]);
    expect(delivered.get(key)).toBe(1);
    expect(held.map((r) => r.headers['x-holdon-idempotency-key'])).toEqual([key]);
  }, 90_000);
});
