import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The GitHub workflow cannot run here: this keeps it valid and saying what it should. */
describe('the GitHub workflow for real Windows, macOS and Linux runners', () => {
  const text = readFileSync(join(__dirname, '../../../.github/workflows/test.yml'), 'utf8');
  const workflow = parse(text, { strict: true, uniqueKeys: true }) as {
    on: Record<string, unknown>;
    jobs: Record<
      string,
      {
        'runs-on': string;
        strategy: { matrix: { os: string[] } };
        steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
      }
    >;
  };

  it('is valid YAML, run on pushes and pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('runs npm test on windows-latest, macos-latest and ubuntu-latest, then builds the installers', () => {
    const job = workflow.jobs.test;
    expect(job?.strategy.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
    const runs = job?.steps.map((s) => s.run ?? '') ?? [];
    expect(runs.some((r) => r.includes('npm ci'))).toBe(true);
    expect(runs.some((r) => /(^|\s)npm test$/.test(r.trim()))).toBe(true);
    expect(runs.some((r) => r.includes('npm run dist'))).toBe(true);
    const upload = job?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.name).toBe('installers-${{ matrix.os }}');
  });
});
