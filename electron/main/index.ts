import { app, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ScreenName } from '../../shared/ipc/contract';
import { createCore } from './core/core-host';
import { defaultDataDir } from './core/data-dir';
import { createFileLogger } from './core/logging/logger';
import { showWarnings } from './shell/warning-windows';
import { connectIpc } from './shell/ipc-bridge';
import { safeStorageCipher } from './shell/safe-storage-cipher';
import { registerLoginItem } from './shell/login-item';
import { electronScreenCapture } from './shell/screen-capture';
import { createTray } from './shell/tray';
import { createAppWindow } from './shell/window-factory';
import { pairingServer } from '../../shared/settings/ntfy-server';

// The Electron shell: only wiring. Everything it calls into runs under plain Node too.
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
const logger = createFileLogger({ dir: join(dataDir, 'logs') });

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let core: ReturnType<typeof createCore> | null = null;
  const resourcesDir = app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : join(app.getAppPath(), 'resources');

  const show = (screen: ScreenName): void => {
    if (!core) return;
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

  // Quitting needs the caregiver PIN: the tray opens the PIN screen, and the core asks for the
  // quit only once the PIN is right (it has written `app.quit` to the audit log by then).
  const quitAfterAlerts = async (): Promise<void> => {
    // The family hears about the quit before Hold On is gone (or, failing that, on next start).
    await core?.flushAlerts(5_000);
    app.quit();
  };

  app.on('second-instance', () => show('home'));
  // Hold On lives in the tray: closing its window does not stop protection.
  app.on('window-all-closed', () => undefined);
  app.on('will-quit', () => core?.close());

  void app.whenReady().then(() => {
    // safeStorage is only usable once the app is ready, so the core starts here.
    const secretCipher = safeStorageCipher();
    const ready = createCore({
      dataDir,
      logger,
      electronVersion: process.versions.electron ?? null,
      ntfyServer: pairingServer(process.env),
      ...(secretCipher ? { secretCipher } : {}),
      requestQuit: () => void quitAfterAlerts(),
      screenCapture: electronScreenCapture,
    });
    core = ready;
    const tray = createTray(resourcesDir, {
      open: () => show('home'),
      checklist: () => show('checklist'),
      pause: () => show('pause'),
      quit: () => show('quit'),
    });
    tray.update(ready.status());
    ready.bus.subscribe((event, payload) => {
      if (event === 'protection.status') tray.update(payload as Parameters<typeof tray.update>[0]);
    });
    const warnings = showWarnings(ready);
    connectIpc(
      ready,
      () => [...(mainWindow ? [mainWindow] : []), ...warnings.windows()],
      logger.child('ipc'),
    );
    registerLoginItem(logger.child('login-item'));
    // Started at login: stay in the tray, unless the setup was never finished.
    const atLogin =
      process.argv.includes('--hidden') ||
      (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
    void ready.invoke('setup.status', {}).then((setup) => {
      if (setup.ok && setup.value.completedAt === null) show('setup');
      else if (!atLogin) show('home');
    });
    void ready.startProtection();
  });
}
