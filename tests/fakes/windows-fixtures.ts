import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sources = join(__dirname, '../fixtures/windows');
const gcc = 'x86_64-w64-mingw32-gcc';
const windres = 'x86_64-w64-mingw32-windres';

/**
 * Why Windows fixtures cannot be built here (Debian's mingw-w64 is missing), or null. In CI,
 * where `.ci/run` installs mingw-w64, a missing compiler is an error: the tests that need real
 * Windows executables never quietly turn into skipped ones.
 */
export function mingwMissing(): string | null {
  for (const tool of [gcc, windres]) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      const reason = `${tool} is not installed (apt-get install mingw-w64)`;
      if (process.env.CI) throw new Error(`CI installs mingw-w64 (.ci/run), but ${reason}`);
      return reason;
    }
  }
  return null;
}

/** The executables, each from its C source and (for the version resource) its .rc file. */
const recipes: Readonly<
  Record<string, { readonly c: string; readonly rc?: string; readonly gui?: boolean }>
> = {
  'holdon-sleeper.exe': { c: 'sleeper.c' },
  // A harmless program whose version resource says it is AnyDesk: a renamed tool.
  'notepad2.exe': { c: 'sleeper.c', rc: 'anydesk.rc' },
  'holdon-german.exe': { c: 'sleeper.c', rc: 'german.rc' },
  'holdon-parent.exe': { c: 'parent.c' },
  'holdon-window.exe': { c: 'window.c', gui: true },
};

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
}

/**
 * Builds the Windows test programs from tests/fixtures/windows with mingw-w64, once per version
 * of their sources (the folder name carries a hash of them), and returns their folder. Nothing
 * built is committed: the sources are.
 */
export function buildWindowsFixtures(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(sources).sort()) hash.update(file).update(readFileSync(join(sources, file)));
  const dir = join(tmpdir(), `holdon-windows-fixtures-${hash.digest('hex').slice(0, 12)}`);
  if (existsSync(join(dir, 'done'))) return dir;
  const work = mkdtempSync(join(tmpdir(), 'holdon-windows-build-'));
  try {
    for (const [exe, recipe] of Object.entries(recipes)) {
      const objects: string[] = [];
      if (recipe.rc) {
        const object = `${exe}.res.o`;
        run(windres, [join(sources, recipe.rc), '-O', 'coff', '-o', object], work);
        objects.push(object);
      }
      const flags = recipe.gui ? ['-mwindows'] : [];
      const libraries = recipe.gui ? ['-lshell32'] : [];
      run(
        gcc,
        ['-O2', '-s', '-Wall', ...flags, '-o', exe, join(sources, recipe.c), ...objects, ...libraries],
        work,
      );
    }
    mkdirSync(join(work, 'done'));
    try {
      renameSync(work, dir);
    } catch {
      // Another test process built the same folder first: use that one.
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}
