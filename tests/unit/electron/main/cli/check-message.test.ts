import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../../electron/main/cli/cli-io';
import { runCheckMessage } from '../../../../../electron/main/cli/commands/check-message';
import { UsageError } from '../../../../../electron/main/cli/usage-error';
import de from '../../../../../shared/i18n/locales/de.json';
import es from '../../../../../shared/i18n/locales/es.json';

function io(stdin: string): CliIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: () => undefined, stdin: () => [stdin] };
}

interface Printed {
  verdict: string;
  score: number;
  redFlags: { id: string; explanation: string }[];
  explain?: { logit: number; threshold: number; features: { feature: string; contribution: number }[] };
}

async function run(stdin: string, options: { language?: string; explain?: boolean } = {}): Promise<Printed> {
  const cli = io(stdin);
  expect(await runCheckMessage(cli, options)).toBe(0);
  return JSON.parse(cli.out.join('')) as Printed;
}

const scam =
  'Su cuenta de Santander ha sido bloqueada. Verifique sus datos en https://santander-verifica.top o llame al 900 123 456.';

describe('holdon check-message', () => {
  it('explains the red flags in English by default, and in Spanish or German with --language', async () => {
    const en = await run(scam);
    expect(en.verdict).toBe('scam');
    expect(en.redFlags.map((f) => f.explanation)).toContain(
      'It says your account, card or service is blocked or will be cut off. Many scams start this way.',
    );
    const inSpanish = await run(scam, { language: 'es' });
    expect(inSpanish.redFlags.map((f) => f.id)).toEqual(en.redFlags.map((f) => f.id));
    expect(inSpanish.redFlags.map((f) => f.explanation)).toContain(es['message.flag.account-blocked']);
    const inGerman = await run(scam, { language: 'de' });
    expect(inGerman.redFlags.map((f) => f.explanation)).toContain(de['message.flag.account-blocked']);
  });

  it('says nothing about an ordinary message, in any language', async () => {
    const result = await run('Hallo Oma, wir kommen am Samstag zum Kaffee.', { language: 'de' });
    expect(result).toMatchObject({ verdict: 'no-red-flags', redFlags: [] });
    expect(result.score).toBeLessThan(0.5);
  });

  it('adds the detector’s strongest features with --explain, and only then', async () => {
    expect((await run(scam)).explain).toBeUndefined();
    const explained = await run(scam, { explain: true });
    expect(explained.explain?.logit).toBeGreaterThan(explained.explain?.threshold ?? Infinity);
    expect(explained.explain?.features.length).toBeGreaterThan(3);
  });

  it('refuses a language it has no words for, and an empty message', async () => {
    await expect(runCheckMessage(io(scam), { language: 'fr' })).rejects.toBeInstanceOf(UsageError);
    await expect(runCheckMessage(io('  \n'))).rejects.toBeInstanceOf(UsageError);
  });
});
