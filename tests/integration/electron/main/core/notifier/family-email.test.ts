import { afterEach, describe, expect, it } from 'vitest';
import { appPassword, smtpUrlOf } from '../../../../../../shared/settings/email-providers';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { startSmtpServer } from '../../../../../fakes/smtp-test-server';
import { createTestCore, type TestCore } from '../../../../../fakes/test-core';
import { useTempDir } from '../../../../../fakes/temp-dir';

const pin = '246810';

describe('e-mail from a provider preset, and settings that are never saved half-done', () => {
  const tempDir = useTempDir();
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function core(options: Partial<Parameters<typeof createTestCore>[0]> = {}): Promise<TestCore> {
    const made = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), ...options });
    cleanups.push(() => made.close());
    expect(await made.invoke('pin.set', { newPin: pin })).toMatchObject({ ok: true });
    return made;
  }

  it('sends a test through the Gmail preset with the app password typed as Google shows it', async () => {
    // Google shows app passwords in four groups: "abcd efgh ijkl mnop".
    const smtp = await startSmtpServer({ user: 'ann.family@gmail.com', pass: 'abcdefghijklmnop' });
    cleanups.push(() => smtp.close());
    const smtpUrl = smtpUrlOf({
      provider: 'gmail',
      host: '',
      port: 0,
      user: 'ann.family@gmail.com',
      password: ' abcd efgh ijkl mnop ',
    });
    expect(smtpUrl).toBe(
      'smtp://ann.family%40gmail.com:abcdefghijklmnop@smtp.gmail.com:587/?requireTLS=true',
    );
    // Gmail's own server is out of reach here: the test sends what Gmail would get to a local one.
    const holdOn = await core({
      smtpOverride: { host: '127.0.0.1', port: smtp.port, rejectUnauthorized: false },
    });
    const saved = await holdOn.invoke('settings.save', {
      pin,
      settings: {
        email: { smtpUrl, from: 'ann.family@gmail.com' },
        contacts: [{ name: 'Ann', channels: [{ type: 'email', to: 'ann@example.org' }] }],
      },
    });
    expect(saved.ok).toBe(true);
    const mail = smtp.next();
    const test = await holdOn.invoke('contacts.test', { contactName: 'Ann' });
    expect(test.ok && test.value.map((d) => d.status)).toEqual(['sent']);
    expect(await mail).toMatchObject({ to: ['ann@example.org'], secure: true });
    expect(holdOn.status().family.contacts[0]?.channels[0]?.state).toBe('sent');
    // The caregiver says it arrived: now it is working.
    const confirmed = await holdOn.invoke('contacts.confirm', {
      pin,
      contactName: 'Ann',
      channelType: 'email',
      channelTarget: 'ann@example.org',
    });
    expect(confirmed.ok && confirmed.value.contacts[0]?.reachable).toBe(true);
    // "Press Send again": two more tests go, then the family's inbox is spared for 10 minutes.
    for (let i = 0; i < 2; i += 1) {
      const sent = smtp.next();
      expect(await holdOn.invoke('contacts.test', { contactName: 'Ann' })).toMatchObject({ ok: true });
      await sent;
    }
    const refused = await holdOn.invoke('contacts.test', { contactName: 'Ann' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(!refused.ok && refused.error.retryAfterMs).toBeGreaterThan(9 * 60_000);
  });

  it('keeps an inner space of a typed password, and drops only the spaces between groups', () => {
    expect(appPassword('abcd efgh ijkl mnop')).toBe('abcdefghijklmnop');
    expect(appPassword('my pass word')).toBe('my pass word');
  });

  it('refuses an e-mail contact with no mail server, naming the box, and saves nothing', async () => {
    const holdOn = await core();
    const result = await holdOn.invoke('settings.save', {
      pin,
      settings: { contacts: [{ name: 'Ann', channels: [{ type: 'email', to: 'ann@example.org' }] }] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'invalid-settings',
      field: 'email.smtpUrl',
      problems: [{ field: 'email.smtpUrl', code: 'needs-mail-server' }],
    });
    expect(holdOn.settings.load().contacts).toBeUndefined();
  });

  it('names every wrong box at once, each with its code', async () => {
    const holdOn = await core();
    const result = await holdOn.invoke('settings.save', {
      pin,
      settings: {
        country: 'US',
        contacts: [
          { name: '', phone: '12', channels: [] },
          { name: 'Bob', channels: [{ type: 'ntfy', topic: 'has spaces' }] },
        ],
      },
    });
    expect(!result.ok && result.error.problems).toEqual([
      { field: 'contacts[0].name', code: 'required' },
      { field: 'contacts[0].phone', code: 'phone' },
      { field: 'contacts[1].channels[0].topic', code: 'topic' },
    ]);
  });

  it('accepts US and German numbers as people write them and stores them in international form', async () => {
    const holdOn = await core();
    const us = await holdOn.invoke('settings.save', {
      pin,
      settings: {
        country: 'US',
        seniorPhone: '(415) 555-0182',
        contacts: [{ name: 'Ann', phone: '415.555.0199', channels: [{ type: 'sms', to: '(415) 555-0123' }] }],
        twilio: {
          accountSid: `AC${'0123456789abcdef'.repeat(2)}`,
          authToken: 'token',
          from: '(415) 555-0100',
        },
      },
    });
    expect(us.ok && us.value).toMatchObject({
      seniorPhone: '+14155550182',
      contacts: [{ phone: '+14155550199', channels: [{ type: 'sms', to: '+14155550123' }] }],
      twilio: { from: '+14155550100' },
    });
    const de = await holdOn.invoke('settings.save', {
      pin,
      settings: {
        country: 'DE',
        seniorPhone: '(0171) 555-0199',
        contacts: [{ name: 'Anna', phone: '+44 7700 900123' }],
      },
    });
    expect(de.ok && de.value).toMatchObject({
      seniorPhone: '+491715550199',
      contacts: [{ phone: '+447700900123' }],
    });
  });
});
