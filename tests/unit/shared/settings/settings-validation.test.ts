import { describe, expect, it } from 'vitest';
import { redactSettings } from '../../../../shared/settings/redact';
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
