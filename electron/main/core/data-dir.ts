import { homedir } from 'node:os';
import { join } from 'node:path';

export const productName = 'Hold On';

/**
 * Where Hold On keeps its database, logs and settings. It is the same folder Electron calls
 * `userData` (appData + product name), so the tray app, the CLI and the preview host share it.
 * `HOLDON_DATA_DIR` overrides it for the CLI, the preview host and development runs (tests),
 * never for the installed app: a user variable pointing somewhere new would start it on a
 * fresh, empty database that knows no family and no PIN.
 * See https://www.electronjs.org/docs/latest/api/app#appgetpathname for Electron's appData.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
  packagedApp = false,
): string {
  if (env.HOLDON_DATA_DIR && !packagedApp) return env.HOLDON_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), productName);
}

export const databaseFileName = 'holdon.db';
