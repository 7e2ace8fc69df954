import { describe, expect, it } from 'vitest';
import { redactAddresses, redactSettings } from '../../../../shared/settings/redact';
import { replaceSecrets, secretSlots, urlPassword } from '../../../../shared/settings/secret-fields';
import { parseSettingsText, settingsToText } from '../../../../shared/settings/settings-validation';

describe('settings file validation', () => {
  it('accepts a complete valid file and round-trips it', () => {
    const text = '{"language":"es","country":"ES","seniorName":"Mamá","computerName":"Portátil"}';
    const parsed = parseSettingsText(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parseSettingsText(settingsToText(parsed.settings))).toEqual(parsed);
  });

  it('accepts the minimal headless file exactly as documented', () => {
    const text = `{ "contacts": [ { "name": "Ann", "language": "en", "channels": [ { "type": "email", "to": "ann@example.test" } ] } ],
      "email": { "smtpUrl": "smtp://user:secret@127.0.0.1:2525", "from": "Hold On <holdon@example.test>" } }`;
    const parsed = parseSettingsText(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.settings.contacts?.[0]?.severities).toEqual(['warning', 'danger']);
  });

  it('names the field of a bad channel', () => {
    const parsed = parseSettingsText(
      '{"contacts":[{"name":"Ann","channels":[{"type":"email","to":"not-an-address"}]}]}',
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.field).toBe('contacts[0].channels[0].to');
  });

  it('refuses a push server or webhook address with a name and password in it', () => {
    const parsed = parseSettingsText(
      JSON.stringify({
        contacts: [
          {
            name: 'Ann',
            channels: [
              { type: 'webhook', url: 'https://ann:hunter2@home.example.org/hook', secret: 'x'.repeat(16) },
              { type: 'ntfy', topic: 'holdon-ann', server: 'https://user@ntfy.example.org' },
            ],
          },
        ],
      }),
    );
    expect(!parsed.ok && parsed.problems.map((p) => [p.field, p.code])).toEqual([
      ['contacts[0].channels[0].url', 'url-credentials'],
      ['contacts[0].channels[1].server', 'url-credentials'],
    ]);
  });

  it('refuses mail server options after "?" other than requireTLS (a proxy, no certificate check)', () => {
    const mail = (smtpUrl: string) =>
      parseSettingsText(JSON.stringify({ email: { smtpUrl, from: 'Hold On <a@example.test>' } }));
    expect(mail('smtp://a:b@smtp.gmail.com:587/?requireTLS=true').ok).toBe(true);
    // A bridge on this computer (Proton Mail Bridge) has its own certificate.
    expect(mail('smtp://a:b@127.0.0.1:1025/?requireTLS=true&tls.rejectUnauthorized=false').ok).toBe(true);
    for (const query of ['?proxy=http://evil.example:3128', '?tls.rejectUnauthorized=false', '?logger=true'])
      expect(mail(`smtp://a:b@smtp.gmail.com:587/${query}`)).toMatchObject({
        ok: false,
        problems: [{ field: 'email.smtpUrl', code: 'mail-options' }],
      });
  });

  it('keeps a mail password with a "%" in it as a secret: never shown, and the same when it comes back', () => {
    const parsed = parseSettingsText(
      JSON.stringify({
        email: { smtpUrl: 'smtp://ann:50%off@mail.example.org:587', from: 'a@example.test' },
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [slot] = secretSlots(parsed.settings);
    expect(slot).toMatchObject({ path: 'email.smtpUrl', value: '50%off' });
    expect(redactSettings(parsed.settings).email?.smtpUrl).toBe('smtp://ann:•••@mail.example.org:587');
    const back = replaceSecrets(parsed.settings, (s) => s.value).email?.smtpUrl ?? '';
    expect(urlPassword(new URL(back))).toBe('50%off');
  });

  it("takes a heartbeat address for a dead-man's switch, as a secret", () => {
    const parsed = parseSettingsText('{"heartbeat":{"url":"https://hc-ping.com/0b1c2d3e"}}');
    expect(parsed).toEqual({
      ok: true,
      settings: { heartbeat: { url: 'https://hc-ping.com/0b1c2d3e', everyMinutes: 10 } },
    });
    if (parsed.ok) expect(redactSettings(parsed.settings).heartbeat?.url).toBe('•••');
    expect(parseSettingsText('{"heartbeat":{"url":"ftp://x"}}')).toMatchObject({
      ok: false,
      problems: [{ field: 'heartbeat.url', code: 'url' }],
    });
  });

  it('accepts an empty object (all defaults)', () => {
    expect(parseSettingsText('{}')).toEqual({ ok: true, settings: {} });
  });

  it('rejects an unknown field and names it', () => {
    const parsed = parseSettingsText('{"language":"en","langauge":"de"}');
    expect(parsed).toEqual({
      ok: false,
      problems: [{ field: 'langauge', code: 'unknown-field', message: 'unknown field "langauge"' }],
    });
  });

  it('rejects an invalid value and names the field', () => {
    const parsed = parseSettingsText('{"country":"FR"}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems[0]?.field).toBe('country');
      expect(parsed.problems[0]?.message).toMatch(/^field "country": /);
    }
  });

  it('explains broken JSON and non-object files', () => {
    const broken = parseSettingsText('{"language": "en",');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.message).toMatch(/not valid JSON/);
    const array = parseSettingsText('[]');
    expect(array.ok).toBe(false);
    if (!array.ok) expect(array.problems[0]?.message).toMatch(/one JSON object/);
  });

  it('rejects an empty name rather than storing it', () => {
    const parsed = parseSettingsText('{"seniorName":"   "}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.field).toBe('seniorName');
  });
});

describe('addresses in errors and logs', () => {
  it('keep only their server', () => {
    expect(
      redactAddresses(
        'to https://hooks.slack.com/services/T0/B0/XyZ, smtp://ann:pw@mail.example.org:587/?requireTLS=true and http://127.0.0.1:8080/',
      ),
    ).toBe('to https://hooks.slack.com/•••, smtp://mail.example.org:587/••• and http://127.0.0.1:8080');
    expect(redactAddresses('no address here')).toBe('no address here');
    expect(redactAddresses('https://[broken')).toBe('https://•••');
  });
});
