/**
 * npm run test:windows — the Windows suite, under Wine.
 *
 * Sets up Wine (scripts/windows/setup-wine.sh: a private prefix set to Windows 10, the Windows
 * build of Node 22 and koffi's Windows binary from the npm registry, in ~/.cache/holdon-wine),
 * builds the mingw-w64 fixtures, bundles tests/windows/windows-suite.win.ts to CommonJS and runs
 * it with Windows node (scripts/windows/run-win-node.sh, which starts an Xvfb when there is no
 * display), in a private copy of the prefix so that two suites at once never meet. Needs
 * `npm run build` first (it runs the built `holdon` CLI).
 *
 * Skipped, with the reason printed, only where Wine is not installed and cannot be (not root);
 * in CI (`CI` set) that is a failure instead.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  bundleForWindows,
  prepareWine,
  privateWinePrefix,
  repoRoot,
  runWinNode,
  wineUnavailable,
  winPath,
} from './wine';

const budgetSeconds = 180;
const begin = Date.now();

async function main(): Promise<void> {
  const unavailable = wineUnavailable();
  if (unavailable) {
    if (process.env.CI) throw new Error(`${unavailable} (CI must run it: .ci/run installs Wine)`);
    console.log(`windows suite: SKIPPED: ${unavailable}`);
    return;
  }
  const fixtures = prepareWine();
  const setupSeconds = (Date.now() - begin) / 1000;
  const bundle = await bundleForWindows(join(repoRoot, 'tests/windows/windows-suite.win.ts'));
  // Its own prefix: another clone's suite running at the same time sees none of its programs.
  const prefix = privateWinePrefix();
  const run = spawnSync(runWinNode, ['-t', '150', bundle, winPath(fixtures)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: prefix.env,
  });
  prefix.remove();
  const seconds = (Date.now() - begin) / 1000;
  console.log(
    `windows suite: ${seconds.toFixed(1)} s in all (setup and fixtures ${setupSeconds.toFixed(1)} s; budget ${budgetSeconds} s)`,
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  if (seconds > budgetSeconds) throw new Error(`it took longer than ${budgetSeconds} s`);
}

main().catch((error: unknown) => {
  console.error(`windows suite: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
