import { describe, expect, it } from 'vitest';
import { smtpTransportOptions } from '../../../../../../../../electron/main/core/notifier/delivery/channels/email-channel';

describe('the mail transport', () => {
  it('takes the server, TLS and the account from the address, and nothing else', () => {
    expect(
      smtpTransportOptions('smtp://ann%40example.org:p%40ss@smtp.gmail.com:587/?requireTLS=true'),
    ).toEqual({
      host: 'smtp.gmail.com',
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: 'ann@example.org', pass: 'p@ss' },
    });
    expect(smtpTransportOptions('smtps://ann:pw@smtp.mail.yahoo.com')).toMatchObject({
      port: 465,
      secure: true,
    });
  });

  it('never passes on a proxy, a switched-off certificate check or a logger from the address', () => {
    const options = smtpTransportOptions(
      'smtp://ann:pw@mail.example.org:587/?proxy=http://evil.example:3128&tls.rejectUnauthorized=false&logger=true',
    );
    expect(Object.keys(options).sort()).toEqual(['auth', 'host', 'port', 'requireTLS', 'secure']);
    expect(options.requireTLS).toBe(false);
  });

  it('accepts its own certificate only from a mail server on this computer', () => {
    const bridge = 'smtp://a:b@127.0.0.1:1025/?tls.rejectUnauthorized=false';
    expect(smtpTransportOptions(bridge).tls).toEqual({ rejectUnauthorized: false });
    expect(smtpTransportOptions(bridge.replace('127.0.0.1', 'mail.example.org')).tls).toBeUndefined();
  });

  it('sends a password with a lone "%" as it was typed', () => {
    expect(smtpTransportOptions('smtp://ann:50%off@mail.example.org').auth?.pass).toBe('50%off');
  });

  it('a test server override changes only where it goes, and accepts its own certificate', () => {
    expect(
      smtpTransportOptions('smtp://a:b@smtp.gmail.com:587', {
        host: '127.0.0.1',
        port: 2525,
        rejectUnauthorized: false,
      }),
    ).toMatchObject({ host: '127.0.0.1', port: 2525, tls: { rejectUnauthorized: false } });
  });
});
