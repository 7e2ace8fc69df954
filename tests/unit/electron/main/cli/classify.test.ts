import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../../electron/main/cli/cli-io';
import { classifyLine, runClassify } from '../../../../../electron/main/cli/commands/classify';
import { UsageError } from '../../../../../electron/main/cli/usage-error';

function io(stdin: string): CliIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: () => undefined, stdin: () => [stdin] };
}

describe('holdon classify', () => {
  it('scores each line in order and keeps going past bad lines', async () => {
    const cli = io(
      [
        '{"id":"a","title":"Microsoft Official Support","text":"This computer is BLOCKED. Call +1-833-864-4143 now. Do not restart."}',
        'not json',
        '',
        '{"id":7,"text":"Our shop is open Monday to Friday, 9 to 5."}',
        '{"id":"c","title":42}',
        '[1,2]',
        '{"title":"no id"}',
        '{"id":"e"}',
      ].join('\n'),
    );
    expect(await runClassify([], cli)).toBe(0);
    const lines = cli.out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'c', null, null, 'e']);
    expect(lines[0]).toMatchObject({
      scam: true,
      reasons: expect.arrayContaining([
        expect.objectContaining({
          code: 'scamText.reason.blocked',
          text: 'It says your computer is blocked.',
        }),
      ]),
    });
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2]).toMatchObject({ id: 7, scam: false });
    expect(lines[3]).toEqual({ id: 'c', error: '"title" must be a string' });
    expect(lines[4].error).toMatch(/JSON object/);
    expect(lines[5].error).toMatch(/"id" is missing/);
    expect(lines[6]).toEqual({ id: 'e', error: 'give "title", "text" or both' });
  });

  it('refuses arguments as bad usage', async () => {
    await expect(runClassify(['file.jsonl'], io(''))).rejects.toBeInstanceOf(UsageError);
  });

  it('gives a score between 0 and 1 and English reason texts', () => {
    const result = classifyLine(
      '{"id":"x","text":"¡Su ordenador ha sido bloqueado! Llame ahora al 900 123 456"}',
    );
    expect(result).toMatchObject({ id: 'x', scam: true });
    if (!('score' in result)) throw new Error('expected a verdict');
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});
