/**
 * npm run test:windows — the Windows suite, under Wine.
 *
 * Sets up Wine (scripts/windows/setup-wine.sh: a private prefix set to Windows 10, the Windows
 * build of Node 22 and koffi's Windows binary from the npm registry, in ~/.cache/holdon-wine),
 * builds the mingw-w64 fixtures, bundles tests/windows/windows-suite.win.ts to CommonJS and runs
 * it with Windows node (scripts/windows/run-win-node.sh, which starts an Xvfb when there is no
 * display). Needs `npm run build` first (it runs the built `holdon` CLI).
 *
 * Skipped, with the reason printed, only where Wine is not installed and cannot be (not root);
 * in CI (`CI` set, as `.ci/run` does) that is a failure instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { buildWindowsFixtures, mingwMissing } from '../../tests/fakes/windows-fixtures';

const root = resolve(import.meta.dirname, '../..');
const here = join(root, 'scripts/windows');
const budgetSeconds = 180;
const begin = Date.now();

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const winPath = (path: string): string => `Z:${resolve(path).replaceAll('/', '\\')}`;

function skipOrFail(reason: string): never {
  if (process.env.CI) {
    console.error(`windows suite: FAILED: ${reason} (CI must run it: .ci/run installs Wine)`);
    process.exit(1);
  }
  console.log(`windows suite: SKIPPED: ${reason}`);
  process.exit(0);
}

async function main(): Promise<void> {
  if (process.platform !== 'linux') skipOrFail(`it runs under Wine on Linux, not on ${process.platform}`);
  const root_ = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!(has('wine') && has('Xvfb')) && !root_)
    skipOrFail(
      'Wine or Xvfb is not installed (sudo apt-get install wine wine64 xvfb mingw-w64, or run .ci/run)',
    );
  if (!existsSync(join(root, 'out/main/cli.js')))
    throw new Error('The CLI is not built: run "npm run build" first.');

  const setup = spawnSync(join(here, 'setup-wine.sh'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (setup.status !== 0) throw new Error('setup-wine.sh failed (see above)');
  const missing = mingwMissing();
  if (missing) skipOrFail(missing);
  const fixtures = buildWindowsFixtures();
  const setupSeconds = (Date.now() - begin) / 1000;

  const outDir = join(root, 'out/windows-suite');
  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, 'windows-suite.cjs');
  await build({
    entryPoints: [join(root, 'tests/windows/windows-suite.win.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // Native modules: the Windows binaries are found through NODE_PATH (run-win-node.sh).
    external: ['koffi', 'better-sqlite3'],
    outfile: bundle,
    logLevel: 'warning',
  });

  const run = spawnSync(join(here, 'run-win-node.sh'), ['-t', '150', bundle, winPath(fixtures)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const seconds = (Date.now() - begin) / 1000;
  console.log(
    `windows suite: ${seconds.toFixed(1)} s in all (setup and fixtures ${setupSeconds.toFixed(1)} s; budget ${budgetSeconds} s)`,
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  if (seconds > budgetSeconds) {
    console.error(`windows suite: FAILED: it took longer than ${budgetSeconds} s`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(`windows suite: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
