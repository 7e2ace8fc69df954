import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runHoldon } from '../../../../fakes/holdon-cli';

/** The real, built CLI with `input` on stdin, the way a script would pipe into it. */
const holdon = (args: string[], input: string) => runHoldon(args, { input });

describe('holdon classify (built CLI)', () => {
  beforeAll(() => {
    requireBuiltCli();
  });

  it('writes one verdict per input line, in order, and an error line for a bad one', async () => {
    const input = [
      JSON.stringify({
        id: 'scam-en',
        title: 'Windows Defender Security Warning',
        text: 'Your computer has been blocked. Do not close this page. Call Microsoft Support now: +1-844-555-0199',
      }),
      '{"id":"broken", "title": ',
      JSON.stringify({
        id: 'shop',
        title: 'Returns policy',
        text: 'You can return items within 30 days. Call us on 020 7946 0018, Monday to Friday.',
      }),
      JSON.stringify({
        id: 'scam-de',
        text: 'Ihr Computer wurde gesperrt! Rufen Sie sofort den Microsoft-Support an: 0800 000 0000',
      }),
      JSON.stringify({
        id: 'advice-es',
        title: 'Estafa del falso soporte técnico',
        text: 'Si ve un aviso que dice que su ordenador está bloqueado, no llame: es una estafa. Microsoft nunca muestra números de teléfono.',
      }),
    ].join('\n');
    const { code, stdout, stderr } = await holdon(['classify'], `${input}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['scam-en', null, 'shop', 'scam-de', 'advice-es']);
    expect(lines.map((l) => l.scam)).toEqual([true, undefined, false, true, false]);
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[0].reasons[0]).toEqual({
      code: expect.stringMatching(/^scamText\.reason\./),
      text: expect.any(String),
    });
    expect(lines[0].reasons.map((r: { text: string }) => r.text)).toContain(
      'It shows a phone number next to the name Microsoft. A real warning never shows a number to call.',
    );
  });

  it('adds the detector’s strongest features to each verdict with --explain', async () => {
    const line = JSON.stringify({
      id: 'x',
      text: 'Your computer has been blocked. Call Microsoft Support now: +1-844-555-0199',
    });
    const plain = JSON.parse((await holdon(['classify'], `${line}\n`)).stdout);
    expect(plain.explain).toBeUndefined();
    const { code, stdout } = await holdon(['classify', '--explain'], `${line}\n`);
    expect(code).toBe(0);
    const explained = JSON.parse(stdout);
    expect(explained).toMatchObject({
      id: 'x',
      scam: plain.scam,
      score: plain.score,
      reasons: plain.reasons,
    });
    expect(explained.explain.logit).toBeGreaterThan(explained.explain.threshold);
    expect(explained.explain.features[0]).toEqual({
      feature: expect.any(String),
      contribution: expect.any(Number),
    });
  });

  it('exits 2 with one line on stderr for an unusable invocation', async () => {
    const { code, stdout, stderr } = await holdon(['classify', 'corpus.jsonl'], '');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/reads JSON Lines on stdin/);
  });
});
