import { app, Menu, powerMonitor, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ScreenName } from '../../shared/ipc/contract';
import { createCore } from './core/core-host';
import { defaultDataDir } from './core/data-dir';
import { createFileLogger } from './core/logging/logger';
import { showWarnings } from './shell/warning-windows';
import { connectIpc } from './shell/ipc-bridge';
import { safeStorageCipher } from './shell/safe-storage-cipher';
import { loginItemEntry } from './shell/login-item';
import { electronScreenCapture } from './shell/screen-capture';
import { createTray, failedTray } from './shell/tray';
import { applicationMenu, guardQuit } from './shell/shell-rules';
import { createAppWindow, shellFacts } from './shell/window-factory';
import { pairingServer } from '../../shared/settings/ntfy-server';

// The Electron shell: only wiring. Everything it calls into runs under plain Node too.
// The installed app ignores HOLDON_DATA_DIR: a user variable must not start it on an empty database.
const dataDir = defaultDataDir(process.env, process.platform, homedir(), app.isPackaged);
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
  // quit only once the PIN is right (it has written `app.quit` to the audit log by then). Every
  // other quit (a key, a menu, app.quit() from anywhere else) is refused and opens that screen.
  const quitGuard = guardQuit(app, logger.child('quit'), () => show('quit'));
  const quitAfterAlerts = async (): Promise<void> => {
    // The family hears about the quit before Hold On is gone (or, failing that, on next start).
    await core?.flushAlerts(5_000);
    quitGuard.allowQuit('pin');
    app.quit();
  };
  // A shutdown or a logout is not a scammer: let it through (macOS and Linux ask first).
  let shuttingDown = false;
  const allowShutdown = (): void => {
    shuttingDown = true;
    quitGuard.allowQuit('shutdown');
  };
  // SIGTERM without a shutdown (`kill`, a task manager): the family hears of it before Hold On goes.
  const stoppedFromOutside = async (how: string): Promise<void> => {
    if (!shuttingDown && core) {
      await Promise.all([core.owner.reportStopped(how), core.flushAlerts(5_000)]);
    }
    quitGuard.allowQuit('shutdown');
    app.quit();
  };
  process.once('SIGTERM', () => void stoppedFromOutside('SIGTERM'));
  process.once('SIGHUP', () => void stoppedFromOutside('SIGHUP'));

  app.on('second-instance', () => show('home'));
  // Hold On lives in the tray: closing its window does not stop protection.
  app.on('window-all-closed', () => undefined);
  app.on('will-quit', () => core?.close());

  const start = (): void => {
    // No Quit, Reload or DevTools in any menu or key (shell/shell-rules.ts).
    const menu = applicationMenu(process.platform);
    Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu as MenuItemConstructorOptions[]) : null);
    powerMonitor.on('shutdown', allowShutdown);
    // safeStorage is only usable once the app is ready, so the core starts here.
    const secretCipher = safeStorageCipher();
    const ready = createCore({
      dataDir,
      logger,
      electronVersion: process.versions.electron ?? null,
      ntfyServer: pairingServer(process.env),
      ...(secretCipher ? { secretCipher } : {}),
      requestQuit: () => void quitAfterAlerts(),
      keepProtectingIfStoreFails: true,
      screenCapture: electronScreenCapture,
      startupEntry: loginItemEntry(),
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
      shellFacts(),
      logger.child('ipc'),
    );
    // Started at login: stay in the tray, unless the setup was never finished.
    const atLogin =
      process.argv.includes('--hidden') ||
      (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
    void ready.invoke('setup.status', {}).then((setup) => {
      if (setup.ok && setup.value.completedAt === null) show('setup');
      else if (!atLogin) show('home');
    });
    void ready.startProtection();
  };

  void app.whenReady().then(() => {
    try {
      start();
    } catch (error) {
      // Never a silent process with no tray: say so in the tray, and in the log.
      logger.error('Hold On could not start', { error });
      failedTray(resourcesDir, String(error));
    }
  });
}
