import { alertsFor, type TestCore } from '../../../../../fakes/test-core';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accountSid,
  alertCore,
  httpChannelSettings,
  incident,
  webhookSecret,
} from '../../../../../fakes/alert-core';
import { startHttpServer, waitFor, type ReceivedRequest } from '../../../../../fakes/http-test-server';
import { useTempDir } from '../../../../../fakes/temp-dir';

/** The README's verification steps, written out the way a receiver would. */
function verifySignature(request: ReceivedRequest, secret: string): boolean {
  const timestamp = String(request.headers['x-holdon-timestamp']);
  const signature = String(request.headers['x-holdon-signature']);
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return (
    fresh &&
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  );
}

const twilioCreated = (request: ReceivedRequest, response: ServerResponse) => {
  if (request.path.startsWith('/2010-04-01/')) {
    response.writeHead(201, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ sid: 'SM0123', status: 'queued' }));
    return;
  }
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end('{"id":"x"}');
};

describe('caregiver alerts by ntfy, Twilio SMS and webhook (real HTTP server on 127.0.0.1)', () => {
  const tempDir = useTempDir();
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const track = (core: TestCore) => {
    cleanups.push(() => core.close());
    return core;
  };

  it('sends each channel exactly the request its service documents', async () => {
    const server = await startHttpServer({ respond: twilioCreated });
    cleanups.push(server.close);
    const core = track(
      await alertCore(tempDir(), httpChannelSettings(server.url), { twilioApiBase: server.url }, () =>
        server.received.splice(0),
      ),
    );
    core.sink.opened(incident('inc-1'));
    await waitFor(() => (server.received.length >= 3 ? true : undefined), 'three requests');
    const byPath = (prefix: string) => server.received.find((r) => r.path.startsWith(prefix));

    // ntfy, published as JSON to the server's root: https://docs.ntfy.sh/publish/#publish-as-json
    const ntfy = server.received.find((r) => r.path === '/' && r.body.includes('holdon-ann-x7k2'));
    expect(ntfy).toMatchObject({ method: 'POST' });
    expect(ntfy?.headers).toMatchObject({
      authorization: 'Bearer tk_ann_token_123',
      'content-type': 'application/json',
      'x-holdon-idempotency-key': 'inc-1:0:0',
    });
    const push = JSON.parse(ntfy?.body ?? '{}');
    expect(push).toMatchObject({
      topic: 'holdon-ann-x7k2',
      title: "Hold On: AnyDesk started on Mum's laptop",
      priority: 5,
      tags: ['rotating_light', 'holdon-inc-1'],
      // No reply topic: the push cannot be answered, so it offers only the call.
      actions: [{ action: 'view', label: 'Call Mum', url: 'tel:+447700900456' }],
    });
    expect(push.message).toMatch(
      /^Call Mum now\. Mum may be on the phone with a scammer\. Ask them to hang up\./,
    );

    // Twilio: https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource
    const sms = byPath('/2010-04-01/');
    expect(sms?.method).toBe('POST');
    expect(sms?.path).toBe(`/2010-04-01/Accounts/${accountSid}/Messages.json`);
    expect(sms?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${accountSid}:twilio-auth-token`).toString('base64')}`,
    );
    expect(sms?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(sms?.body);
    expect([...form.keys()].sort()).toEqual(['Body', 'From', 'To']);
    expect(form.get('To')).toBe('+447700900123');
    expect(form.get('From')).toBe('+15005550006');
    expect(form.get('Body')).toMatch(
      /^Hold On: AnyDesk wurde auf Mum's laptop gestartet\n\nRufen Sie Mum jetzt an\./,
    );

    // Webhook: README "Webhook"
    const hook = byPath('/hooks/holdon');
    expect(hook?.method).toBe('POST');
    expect(hook?.headers['content-type']).toBe('application/json');
    expect(verifySignature(hook as ReceivedRequest, webhookSecret)).toBe(true);
    expect(verifySignature(hook as ReceivedRequest, 'some-other-secret-value')).toBe(false);
    const payload = JSON.parse(hook?.body ?? '{}');
    expect(payload).toMatchObject({
      version: 1,
      idempotencyKey: 'inc-1:2:0',
      inReplyTo: null,
      kind: 'incident',
      severity: 'danger',
      incident: {
        id: 'inc-1',
        kind: 'remote-tool',
        severity: 'danger',
        title: 'AnyDesk started',
        toolName: 'AnyDesk',
      },
      incidentIds: ['inc-1'],
      senior: 'Mum',
      computer: "Mum's laptop",
      language: 'es',
      subject: "Hold On: AnyDesk se abrió en Mum's laptop",
    });
    expect(payload.text).toMatch(/^Llame a Mum ahora\./);
    await waitFor(
      () => (alertsFor(core, 'inc-1').every((d) => d.status === 'sent') ? true : undefined),
      'all sent',
    );
  });

  it('gives up at once on refused credentials or a bad number, and says why', async () => {
    const server = await startHttpServer();
    cleanups.push(server.close);
    const core = track(
      await alertCore(tempDir(), httpChannelSettings(server.url), { twilioApiBase: server.url }, () =>
        server.received.splice(0),
      ),
    );
    server.respondWith((request, response) => {
      if (request.path.startsWith('/2010-04-01/')) {
        response.writeHead(400, { 'Content-Type': 'application/json' });
        response.end(
          JSON.stringify({
            code: 21211,
            message: "The 'To' number +447700900123 is not a valid phone number.",
            more_info: 'https://www.twilio.com/docs/errors/21211',
            status: 400,
          }),
        );
      } else if (request.path.startsWith('/hooks/')) {
        response.writeHead(404).end('no such hook');
      } else {
        response.writeHead(403, { 'Content-Type': 'application/json' });
        response.end('{"code":40301,"http":403,"error":"forbidden"}');
      }
    });
    core.sink.opened(incident('inc-2'));
    const failed = await waitFor(() => {
      const rows = alertsFor(core, 'inc-2');
      return rows.length === 3 && rows.every((d) => d.status === 'failed') ? rows : undefined;
    }, 'three failures');
    const reason = (type: string) => failed.find((d) => d.channelType === type)?.lastError;
    expect(reason('ntfy')).toBe(
      'The ntfy server refused the credentials (HTTP 403): {"code":40301,"http":403,"error":"forbidden"}',
    );
    expect(reason('sms')).toBe(
      "Twilio says the number is not a valid phone number (Twilio error 21211: The 'To' number +447700900123 is not a valid phone number.).",
    );
    expect(reason('webhook')).toBe('The webhook server does not know this address (HTTP 404): no such hook');
    expect(failed.every((d) => d.attempts === 1)).toBe(true);
    await core.notifier.drain();
    expect(server.received).toHaveLength(3);
  });

  it('waits as long as a busy server asks (Retry-After), then delivers', async () => {
    const server = await startHttpServer();
    cleanups.push(server.close);
    const core = track(
      await alertCore(tempDir(), httpChannelSettings(server.url), { twilioApiBase: server.url }, () =>
        server.received.splice(0),
      ),
    );
    server.respondWith((_request, response) => {
      response.writeHead(429, { 'Retry-After': '1' }).end('slow down');
    });
    const before = Date.now();
    core.sink.opened(incident('inc-3'));
    const waiting = await waitFor(() => {
      const hook = alertsFor(core, 'inc-3').find((d) => d.channelType === 'webhook');
      return hook && hook.attempts === 1 ? hook : undefined;
    }, 'a first try');
    expect(waiting.status).toBe('queued');
    expect(waiting.lastError).toBe('The webhook server is busy or failing (HTTP 429): slow down');
    expect(waiting.nextAttemptAt - before).toBeGreaterThanOrEqual(1000);
    server.respondWith(twilioCreated);
    await waitFor(
      () => (alertsFor(core, 'inc-3').every((d) => d.status === 'sent') ? true : undefined),
      'delivery after the wait',
    );
    expect(Date.now() - before).toBeGreaterThanOrEqual(1000);
  });

  it('keeps alerts while the server is down and delivers them as soon as it is back', async () => {
    const probe = await startHttpServer();
    const port = probe.port;
    await probe.close();
    const base = `http://127.0.0.1:${port}`;
    // The default first retry is 5 s: the reachability probe, not the backoff, brings it out.
    const core = track(
      await alertCore(tempDir(), httpChannelSettings(base), {
        twilioApiBase: base,
        alertRetryBaseMs: 5_000,
        alertProbeMs: 200,
      }),
    );
    core.sink.opened(incident('inc-4'));
    const down = await waitFor(() => {
      const rows = alertsFor(core, 'inc-4');
      return rows.length === 3 && rows.every((d) => d.attempts >= 1) ? rows : undefined;
    }, 'failed tries');
    expect(down.map((d) => d.status)).toEqual(['queued', 'queued', 'queued']);
    expect(down.find((d) => d.channelType === 'webhook')?.lastError).toMatch(
      /^Could not reach the webhook server: .*ECONNREFUSED/,
    );
    const server = await startHttpServer({ port, respond: twilioCreated });
    cleanups.push(server.close);
    const back = Date.now();
    await waitFor(
      () => (alertsFor(core, 'inc-4').every((d) => d.status === 'sent') ? true : undefined),
      'delivery once the server is back',
    );
    expect(Date.now() - back).toBeLessThan(3_000);
    const keys = server.received.map((r) => r.headers['x-holdon-idempotency-key']).filter(Boolean);
    expect(keys.filter((k) => String(k).startsWith('inc-4:')).sort()).toEqual([
      'inc-4:0:0',
      'inc-4:1:0',
      'inc-4:2:0',
    ]);
  });
});
