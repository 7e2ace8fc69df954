import { app } from 'electron';
import { enableXdgAutostart, isXdgAutostartEnabled } from '../core/autostart/xdg-autostart';
import type { StartupEntry } from '../core/protection/startup-entry-watch';

const loginArgs = ['--hidden'];

/**
 * Hold On starts again at every login, so a restart never leaves the computer unprotected; the
 * core keeps the entry there while it runs (protection/startup-entry-watch.ts), and tells the
 * family when someone removes it.
 * Windows and macOS: the system's login items
 * (https://www.electronjs.org/docs/latest/api/app#appsetloginitemsettingssettings-macos-windows);
 * on Windows `enabled` also undoes Task Manager → Startup → Disable, which
 * `executableWillLaunchAtLogin` reports. Linux: an XDG autostart file. Only the installed app
 * has an entry; a development run has none (null).
 */
export function loginItemEntry(): StartupEntry | null {
  if (!app.isPackaged) return null;
  if (process.platform === 'linux') {
    // Inside an AppImage, process.execPath is a temporary mount; APPIMAGE is the file itself.
    const executable = process.env.APPIMAGE ?? process.execPath;
    return {
      isRegistered: () => isXdgAutostartEnabled(),
      register: () => void enableXdgAutostart([executable, ...loginArgs]),
    };
  }
  return {
    isRegistered: () => {
      const settings = app.getLoginItemSettings({ args: loginArgs });
      return process.platform === 'win32' ? settings.executableWillLaunchAtLogin : settings.openAtLogin;
    },
    register: () => app.setLoginItemSettings({ openAtLogin: true, enabled: true, args: loginArgs }),
  };
}
