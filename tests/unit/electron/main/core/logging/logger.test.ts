import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../../../../electron/main/core/logging/logger';
import { useTempDir } from '../../../../../fakes/temp-dir';

describe('the file logger', () => {
  const tempDir = useTempDir();

  it('writes JSON lines with scope and fields, below the chosen level nothing', () => {
    const dir = tempDir();
    const logger = createFileLogger({ dir, level: 'info', now: () => 0 }).child('store');
    logger.debug('hidden');
    logger.info('opened', { schema: 10 });
    logger.error('failed', { error: new Error('boom') });
    const lines = readFileSync(join(dir, 'holdon.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      t: '1970-01-01T00:00:00.000Z',
      level: 'info',
      scope: 'store',
      message: 'opened',
      schema: 10,
    });
    expect(lines[1].error.message).toBe('boom');
  });

  it('rotates by size and keeps only the newest files', () => {
    const dir = tempDir();
    const logger = createFileLogger({ dir, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i += 1) logger.info(`line ${i} ${'x'.repeat(40)}`);
    expect(existsSync(join(dir, 'holdon.1.log'))).toBe(true);
    expect(existsSync(join(dir, 'holdon.2.log'))).toBe(true);
    expect(existsSync(join(dir, 'holdon.3.log'))).toBe(false);
    expect(readFileSync(join(dir, 'holdon.log'), 'utf8')).toContain('line 39');
  });

  it('never writes the name, password, path or query of an address', () => {
    const dir = tempDir();
    const logger = createFileLogger({ dir, now: () => 0 });
    logger.error('webhook failed at https://ann:pw@hooks.example.org/T01/B02/XyZ123?key=abc', {
      error: new Error('POST https://ntfy.sh/holdon-7f3a9c2e1d failed'),
      server: 'https://ntfy.sh',
    });
    const line = readFileSync(join(dir, 'holdon.log'), 'utf8');
    expect(line).not.toMatch(/pw|T01|XyZ123|key=abc|holdon-7f3a9c2e1d/);
    expect(JSON.parse(line)).toMatchObject({
      message: 'webhook failed at https://hooks.example.org/•••',
      error: { message: 'POST https://ntfy.sh/••• failed' },
      server: 'https://ntfy.sh',
    });
  });
});
