import { app } from 'electron';
import { enableXdgAutostart } from '../core/autostart/xdg-autostart';
import type { Logger } from '../core/logging/logger';

/**
 * Hold On starts again at every login, so a restart never leaves the computer unprotected.
 * Windows and macOS: the system's login items
 * (https://www.electronjs.org/docs/latest/api/app#appsetloginitemsettingssettings-macos-windows).
 * Linux: an XDG autostart file. Only the installed app registers itself; a development run
 * does not.
 */
export function registerLoginItem(logger: Logger): void {
  if (!app.isPackaged) return;
  try {
    if (process.platform === 'linux') {
      // Inside an AppImage, process.execPath is a temporary mount; APPIMAGE is the file itself.
      const executable = process.env.APPIMAGE ?? process.execPath;
      const file = enableXdgAutostart([executable, '--hidden']);
      logger.info('start at login', { file });
    } else {
      app.setLoginItemSettings({ openAtLogin: true, args: ['--hidden'] });
      logger.info('start at login', { openAtLogin: app.getLoginItemSettings().openAtLogin });
    }
  } catch (error) {
    logger.error('could not set start at login', { error });
  }
}
