import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Browser } from '../../../../shared/browsers/browser-catalog';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';

/**
 * After "Close the web browser" has checked the browser is gone, the browser would still bring
 * the scam page back when it is started again ("Restore pages?", or "continue where you left
 * off"). So the session-restore data of the profiles it had open is removed, and nothing else:
 * - Chromium family (Chrome, Edge, Brave, Opera, Chromium): `Sessions/` and the older
 *   `Current Session`, `Current Tabs`, `Last Session`, `Last Tabs` in each profile;
 * - Firefox: `sessionstore-backups/recovery*` in each profile.
 * Bookmarks, history, passwords, cookies and settings stay. https://www.chromium.org/user-experience/user-data-directory/
 */
const chromiumSessionFiles = ['Sessions', 'Current Session', 'Current Tabs', 'Last Session', 'Last Tabs'];

/** The value of `--name=value` or `--name value` (and Firefox's `-profile value`) in a command line. */
export function flagValue(cmd: string, names: readonly string[]): string | null {
  for (const name of names) {
    const quoted = new RegExp(`(?:^|\\s)-{1,2}${name}(?:=|\\s+)"([^"]+)"`).exec(cmd);
    if (quoted?.[1]) return quoted[1];
    const bare = new RegExp(`(?:^|\\s)-{1,2}${name}(?:=|\\s+)(\\S+)`).exec(cmd);
    if (bare?.[1]) return bare[1];
  }
  return null;
}

/** Where each browser keeps its user data by default, per OS (the vendors' documented places). */
function defaultUserDataDir(
  browser: Browser,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): string | null {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
    const roaming = env.APPDATA ?? join(home, 'AppData', 'Roaming');
    const dirs: Partial<Record<Browser['id'], string>> = {
      chrome: join(local, 'Google', 'Chrome', 'User Data'),
      edge: join(local, 'Microsoft', 'Edge', 'User Data'),
      brave: join(local, 'BraveSoftware', 'Brave-Browser', 'User Data'),
      chromium: join(local, 'Chromium', 'User Data'),
      opera: join(roaming, 'Opera Software', 'Opera Stable'),
      firefox: join(roaming, 'Mozilla', 'Firefox'),
    };
    return dirs[browser.id] ?? null;
  }
  if (platform === 'darwin') {
    const support = join(home, 'Library', 'Application Support');
    const dirs: Partial<Record<Browser['id'], string>> = {
      chrome: join(support, 'Google', 'Chrome'),
      edge: join(support, 'Microsoft Edge'),
      brave: join(support, 'BraveSoftware', 'Brave-Browser'),
      chromium: join(support, 'Chromium'),
      opera: join(support, 'com.operasoftware.Opera'),
      firefox: join(support, 'Firefox'),
    };
    return dirs[browser.id] ?? null;
  }
  const config = env.XDG_CONFIG_HOME ?? join(home, '.config');
  const dirs: Partial<Record<Browser['id'], string>> = {
    chrome: join(config, 'google-chrome'),
    edge: join(config, 'microsoft-edge'),
    brave: join(config, 'BraveSoftware', 'Brave-Browser'),
    chromium: join(config, 'chromium'),
    opera: join(config, 'opera'),
    firefox: join(home, '.mozilla', 'firefox'),
  };
  return dirs[browser.id] ?? null;
}

const isDir = (path: string): boolean => {
  try {
    return readdirSync(path) !== undefined;
  } catch {
    return false;
  }
};

/** Firefox's profiles: `-profile <dir>`, else every profile profiles.ini lists. */
function firefoxProfiles(cmds: readonly string[], root: string | null): string[] {
  const given = cmds.map((c) => flagValue(c, ['profile'])).filter((p): p is string => p !== null);
  if (given.length > 0) return [...new Set(given)];
  if (!root || !existsSync(join(root, 'profiles.ini'))) return [];
  const ini = readFileSync(join(root, 'profiles.ini'), 'utf8');
  const out: string[] = [];
  for (const section of ini.split(/^\[/m)) {
    const path = /^Path=(.+)$/m.exec(section)?.[1]?.trim();
    if (!path) continue;
    const relative = /^IsRelative=1$/m.test(section);
    out.push(relative || !isAbsolute(path) ? join(root, path) : path);
  }
  return out;
}

/** Chromium's profiles: `--profile-directory`, else every profile folder (one with Preferences). */
function chromiumProfiles(cmds: readonly string[], fallbackRoot: string | null): string[] {
  const roots = new Set(
    cmds.map((c) => flagValue(c, ['user-data-dir'])).filter((p): p is string => p !== null),
  );
  if (roots.size === 0 && fallbackRoot) roots.add(fallbackRoot);
  const named = new Set(
    cmds.map((c) => flagValue(c, ['profile-directory'])).filter((p): p is string => p !== null),
  );
  const out: string[] = [];
  for (const root of roots) {
    if (named.size > 0) {
      for (const name of named) out.push(join(root, name));
      continue;
    }
    for (const entry of isDir(root) ? readdirSync(root) : []) {
      if (existsSync(join(root, entry, 'Preferences'))) out.push(join(root, entry));
    }
  }
  return out;
}

/** The session-restore files of the browser's profiles that exist now. */
export function sessionRestoreFiles(
  browser: Browser,
  ended: readonly ProcessInfo[],
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  if (browser.id === 'safari') return [];
  const cmds = ended.map((p) => p.cmd ?? '').filter((c) => c !== '');
  const root = defaultUserDataDir(browser, env, platform);
  const files: string[] = [];
  if (browser.id === 'firefox') {
    for (const profile of firefoxProfiles(cmds, root)) {
      const backups = join(profile, 'sessionstore-backups');
      if (!isDir(backups)) continue;
      for (const name of readdirSync(backups))
        if (name.startsWith('recovery')) files.push(join(backups, name));
    }
    return files;
  }
  for (const profile of chromiumProfiles(cmds, root)) {
    for (const name of chromiumSessionFiles)
      if (existsSync(join(profile, name))) files.push(join(profile, name));
  }
  return files;
}

/** Removes those files (folders with their contents); returns what was removed. */
export function forgetSession(
  browser: Browser,
  ended: readonly ProcessInfo[],
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const removed: string[] = [];
  for (const path of sessionRestoreFiles(browser, ended, env, platform)) {
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Left as it is: the page may come back, which the result says by not listing it.
    }
  }
  return removed;
}
