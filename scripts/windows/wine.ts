/**
 * What the Windows suite and the Windows benchmark share: Wine set up (scripts/windows/
 * setup-wine.sh), the mingw-w64 fixtures built, and a TypeScript entry bundled to CommonJS for
 * the Windows build of Node (koffi and better-sqlite3 stay outside: their Windows binaries are
 * found through NODE_PATH, set by run-win-node.sh).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { buildWindowsFixtures, mingwMissing } from '../../tests/fakes/windows-fixtures';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const runWinNode = join(repoRoot, 'scripts/windows/run-win-node.sh');

/** A Linux path as Wine sees it (drive Z: is /). */
export const winPath = (path: string): string => `Z:${resolve(path).replaceAll('/', '\\')}`;

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Why Windows code cannot run here, or null: Wine missing and not installable (not root), or
 * not Linux. setup-wine.sh installs Wine, Xvfb and mingw-w64 itself when it runs as root.
 */
export function wineUnavailable(): string | null {
  if (process.platform !== 'linux') return `Wine runs the Windows code on Linux, not on ${process.platform}`;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!(has('wine') && has('Xvfb')) && !root)
    return 'Wine or Xvfb is not installed (sudo apt-get install wine wine64 xvfb mingw-w64, or run .ci/run)';
  return null;
}

/** Sets up Wine and builds the fixtures; returns the fixtures' folder. Throws when that fails. */
export function prepareWine(): string {
  if (!existsSync(join(repoRoot, 'out/main/cli.js')))
    throw new Error('The CLI is not built: run "npm run build" first.');
  const setup = spawnSync(join(repoRoot, 'scripts/windows/setup-wine.sh'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (setup.status !== 0) throw new Error('setup-wine.sh failed (see above)');
  const missing = mingwMissing();
  if (missing) throw new Error(missing);
  return buildWindowsFixtures();
}

/** Where setup-wine.sh keeps Wine's Windows Node, koffi and the set-up prefix. */
export const wineCache = (): string => process.env.HOLDON_WINE_CACHE ?? join(homedir(), '.cache/holdon-wine');

export interface PrivatePrefix {
  readonly dir: string;
  /** The environment that points run-win-node.sh (and `wineserver`) at it. */
  readonly env: NodeJS.ProcessEnv;
  /** Ends its wineserver and whatever still runs in it, then deletes it. */
  remove(): void;
}

/**
 * A Wine prefix of this run's own: a copy of the set-up one (about 1.5 s for 700 MB). Two runs
 * at once (two clones' test suites) then never share a wineserver, a registry or a process
 * list, and one run's `wineserver -k` cannot end the other's programs.
 */
export function privateWinePrefix(): PrivatePrefix {
  const template = process.env.HOLDON_WINEPREFIX ?? join(wineCache(), 'prefix');
  const dir = mkdtempSync(join(tmpdir(), 'holdon-wineprefix-'));
  const copy = spawnSync('cp', ['-a', `${template}/.`, dir], { encoding: 'utf8' });
  if (copy.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not copy the Wine prefix ${template}: ${copy.stderr.trim()}`);
  }
  return {
    dir,
    env: { ...process.env, HOLDON_WINEPREFIX: dir, WINEPREFIX: dir },
    remove() {
      spawnSync('wineserver', ['-k'], { env: { ...process.env, WINEPREFIX: dir }, stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Bundles `entry` for Windows node into out/windows/<name>.cjs; returns its path. */
export async function bundleForWindows(entry: string): Promise<string> {
  const outDir = join(repoRoot, 'out/windows');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(entry).replace(/\.ts$/, '')}.cjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['koffi', 'better-sqlite3'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
