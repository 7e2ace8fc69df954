import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../../fakes/temp-dir';

const root = join(__dirname, '../../../../../..');

describe('reading text on the screen (tesseract.js)', () => {
  const tempDir = useTempDir();

  it('reads a scam warning offline: language data from the npm packages, and no network attempt', () => {
    const dataDir = tempDir();
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        join(root, 'tests/fakes/no-network.mjs'),
        join(root, 'tests/fakes/read-text-offline.ts'),
        join(root, 'tests/fixtures/lockup-pages/blocked-call.pgm'),
        dataDir,
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).not.toContain('NETWORK ATTEMPT');
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { text: string; workerPreloaded: boolean; secondMs: number };
    expect(result.workerPreloaded).toBe(true);
    expect(result.text).toContain('BLOCKED');
    // The heading may wrap: compare without line breaks.
    expect(result.text.replace(/\s+/g, '')).toContain('+1-833-864-4143');
    // The three languages were gathered from the packages, nothing else was written.
    expect(readdirSync(join(dataDir, 'ocr')).sort()).toEqual([
      'deu.traineddata.gz',
      'eng.traineddata.gz',
      'spa.traineddata.gz',
    ]);
    expect(existsSync(join(root, 'eng.traineddata'))).toBe(false);
  });
});
