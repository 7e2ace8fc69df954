import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNtfyChannel } from '../../../../../../../../electron/main/core/notifier/delivery/channels/ntfy-channel';
import { createSmsChannel } from '../../../../../../../../electron/main/core/notifier/delivery/channels/sms-channel';
import { createWebhookChannel } from '../../../../../../../../electron/main/core/notifier/delivery/channels/webhook-channel';
import { masked } from '../../../../../../../../shared/settings/masked-secret';
import type { Delivery } from '../../../../../../../../shared/model/alert';

const delivery: Delivery = {
  id: 1,
  idempotencyKey: 'k1',
  incidentId: null,
  kind: 'test',
  contactName: 'Ann',
  channelType: 'ntfy',
  channelTarget: 'x',
  message: { subject: 'Hold On: test', body: 'A test.', severity: 'notice', language: 'en' },
  status: 'queued',
  attempts: 0,
  nextAttemptAt: 0,
  createdAt: 0,
  sentAt: null,
  lastError: null,
  errorCode: null,
};

/**
 * A push topic, a webhook address or a Twilio account whose key is gone reaches a channel in its
 * masked form: the channel says to enter it again, and sends nothing anywhere.
 */
describe('a channel given a masked secret', () => {
  let calls = 0;
  let base = '';
  const server = createServer((_request, response) => {
    calls += 1;
    response.writeHead(200).end('{}');
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a masked topic, webhook address or account, and sends nothing', async () => {
    const now = () => 0;
    await expect(
      createNtfyChannel(now).send(delivery, { topic: masked('topic', 'holdon-abc'), server: base }),
    ).rejects.toMatchObject({ message: expect.stringContaining('ntfy topic') as string, permanent: true });
    await expect(
      createWebhookChannel(now).send(delivery, {
        url: masked('url', `${base}/hook/s3cret`),
        secret: 'x'.repeat(16),
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('webhook address') as string });
    await expect(
      createSmsChannel(now, base).send(delivery, {
        to: '+447700900123',
        account: { accountSid: masked('sid', `AC${'a'.repeat(32)}`), authToken: 't', from: '+447700900999' },
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('Twilio account SID') as string });
    expect(calls).toBe(0);
    // The same channels with the real values do send.
    await createNtfyChannel(now).send(delivery, { topic: 'holdon-abc', server: base });
    expect(calls).toBe(1);
  });
});
