import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  linesBounded,
  readAllBounded,
  readFileBounded,
} from '../../../../../electron/main/cli/bounded-input';
import { UsageError } from '../../../../../electron/main/cli/usage-error';
import { useTempDir } from '../../../../fakes/temp-dir';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

/** An endless input, like /dev/zero: it only stops when the reader stops. */
function* endless(chunk: string): Generator<string> {
  for (;;) yield chunk;
}

describe('bounded input for the CLI', () => {
  const tempDir = useTempDir();

  it('reads all of a small input, and stops an endless one at the limit', async () => {
    expect(await readAllBounded(['ab', Buffer.from('cd')], 10, 'the message')).toBe('abcd');
    await expect(readAllBounded(endless('\0'.repeat(4096)), 200 * 1024, 'the message')).rejects.toThrow(
      new UsageError('the message is larger than 200 KB; nothing was read'),
    );
  });

  it('splits lines across chunks, holding one at a time, and refuses a line past the limit', async () => {
    expect(await collect(linesBounded(['a\r\nb', 'c\n', '', 'd'], 10))).toEqual(['a', 'bc', 'd']);
    expect(await collect(linesBounded(['é\nü\n'], 10))).toEqual(['é', 'ü']);
    const okThenEndless = (function* () {
      yield 'ok\n';
      yield* endless('x'.repeat(1000));
    })();
    await expect(collect(linesBounded(okThenEndless, 1024 * 1024))).rejects.toThrow(
      'line 2 is longer than 1 MB; reading stopped there',
    );
    // A million short lines stream through without holding them all.
    let n = 0;
    const many = (function* () {
      for (let i = 0; i < 1000; i += 1) yield 'x\n'.repeat(1000);
    })();
    for await (const line of linesBounded(many, 10)) if (line === 'x') n += 1;
    expect(n).toBe(1_000_000);
  });

  it('reads a plain file up to the limit, and refuses a FIFO, a device and a folder without waiting', () => {
    const dir = tempDir();
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{"language":"es"}');
    expect(readFileBounded(file, 2 * 1024 * 1024)).toBe('{"language":"es"}');
    writeFileSync(file, 'x'.repeat(3000));
    expect(() => readFileBounded(file, 2048)).toThrow(`${file} is larger than 2 KB; nothing was read`);
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => readFileBounded(fifo, 2048)).toThrow(`${fifo} is not a plain file; nothing was read`);
    expect(() => readFileBounded('/dev/zero', 2048)).toThrow(
      '/dev/zero is not a plain file; nothing was read',
    );
    expect(() => readFileBounded(dir, 2048)).toThrow(UsageError);
    expect(() => readFileBounded(join(dir, 'missing.json'), 2048)).toThrow('no such file');
  });
});
