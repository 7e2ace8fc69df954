import { describe, expect, it } from 'vitest';
import { redactSettings } from '../../../../../../electron/main/core/settings/redact';
import { restoreRedactedSecrets } from '../../../../../../electron/main/core/settings/restore-redacted-secrets';
import type { Settings } from '../../../../../../shared/settings/settings-schema';

const stored: Settings = {
  contacts: [
    {
      name: 'Ann',
      severities: ['warning', 'danger'],
      channels: [
        { type: 'email', to: 'ann@example.test' },
        { type: 'ntfy', topic: 'holdon-ann-x7k2', token: 'tk_secret' },
        { type: 'webhook', url: 'https://hooks.example.test/ann', secret: 'hook-secret' },
        { type: 'sms', to: '+447700900123' },
      ],
    },
  ],
  email: { smtpUrl: 'smtp://holdon:p%40ss@mail.example.test:587', from: 'holdon@example.test' },
  twilio: { accountSid: `AC${'0'.repeat(32)}`, authToken: 'twilio-secret', from: '+15005550006' },
};

describe('secrets and the screens', () => {
  it('the screens see every secret as •••, readable in the mail server address too', () => {
    const shown = redactSettings(stored);
    const text = JSON.stringify(shown);
    for (const secret of ['p%40ss', 'tk_secret', 'hook-secret', 'twilio-secret'])
      expect(text).not.toContain(secret);
    expect(shown.email?.smtpUrl).toBe('smtp://holdon:•••@mail.example.test:587');
  });

  it('sending back ••• keeps each stored secret exactly', () => {
    expect(restoreRedactedSecrets(redactSettings(stored), stored)).toEqual(stored);
  });

  it('a new secret typed on the screen replaces the stored one', () => {
    const shown = redactSettings(stored);
    const next: Settings = {
      ...shown,
      email: { from: 'holdon@example.test', smtpUrl: 'smtp://holdon:new@mail.example.test:587' },
    };
    expect(restoreRedactedSecrets(next, stored).email?.smtpUrl).toBe(
      'smtp://holdon:new@mail.example.test:587',
    );
  });

  it('••• with nothing stored (a file from another computer) drops the secret instead of saving the dots', () => {
    const restored = restoreRedactedSecrets(redactSettings(stored), {});
    const text = JSON.stringify(restored);
    expect(text).not.toContain('•••');
    expect(restored.email?.smtpUrl).toBe('smtp://holdon@mail.example.test:587');
    expect(restored.contacts?.[0]?.channels[1]).toEqual({ type: 'ntfy', topic: 'holdon-ann-x7k2' });
  });
});
