import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ScreenName } from '../../shared/ipc/contract';
import { createCore } from './core/core-host';
import { defaultDataDir } from './core/data-dir';
import { createFileLogger } from './core/logging/logger';
import { showInterruptions } from './shell/interruption-windows';
import { connectIpc } from './shell/ipc-bridge';
import { electronScreenCapture } from './shell/screen-capture';
import { createTray } from './shell/tray';
import { createAppWindow } from './shell/window-factory';

// The Electron shell: only wiring. Everything it calls into runs under plain Node too.
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
const logger = createFileLogger({ dir: join(dataDir, 'logs') });

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const core = createCore({
    dataDir,
    logger,
    electronVersion: process.versions.electron ?? null,
    screenCapture: electronScreenCapture,
  });
  const resourcesDir = app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : join(app.getAppPath(), 'resources');

  const show = (screen: ScreenName): void => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createAppWindow(screen, { title: 'Hold On' });
      mainWindow.on('closed', () => (mainWindow = null));
      return;
    }
    core.bus.emit('ui.navigate', { screen });
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const quit = async (): Promise<void> => {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      buttons: ['Keep protection on', 'Quit Hold On'],
      defaultId: 0,
      cancelId: 0,
      message: 'Quit Hold On?',
      detail: 'Your computer will not be protected from scams until Hold On starts again.',
    });
    if (response !== 1) return;
    core.events.append('app.quit', { by: 'tray' }, Date.now());
    app.quit();
  };

  app.on('second-instance', () => show('home'));
  // Hold On lives in the tray: closing its window does not stop protection.
  app.on('window-all-closed', () => undefined);
  app.on('will-quit', () => core.close());

  void app.whenReady().then(() => {
    const tray = createTray(resourcesDir, {
      open: () => show('home'),
      checklist: () => show('checklist'),
      pause: () => show('pause'),
      quit: () => void quit(),
    });
    tray.update(core.status());
    core.bus.subscribe((event, payload) => {
      if (event === 'protection.status') tray.update(payload as Parameters<typeof tray.update>[0]);
    });
    const interruptions = showInterruptions(core);
    connectIpc(
      core,
      () => [...(mainWindow ? [mainWindow] : []), ...interruptions.windows()],
      logger.child('ipc'),
    );
    show('home');
    void core.startProtection();
  });
}
