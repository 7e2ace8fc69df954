import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leftoverRenamed } from '../fakes/renamed-process';

/**
 * The start and the end of a test run (Vitest's and Playwright's global setup): one folder for
 * this run's renamed copies, and at the end a check that none of them is still running. A
 * leftover is ended and the run fails, naming it: a leaked remote-tool-named process would
 * otherwise disturb the next test, or another run on the same machine.
 */
export function startRun(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'holdon-test-run-'));
  process.env.HOLDON_TEST_RUN_DIR = dir;
  return () => {
    const left = leftoverRenamed(dir, { kill: true });
    rmSync(dir, { recursive: true, force: true });
    if (left.length > 0) {
      throw new Error(
        `${left.length} renamed process(es) of this test run were still running at its end (now ended):\n${left.join('\n')}`,
      );
    }
  };
}
