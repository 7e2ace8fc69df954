import { app, BrowserWindow, session, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { devToolsAllowed, refusedKey, rendererTarget, type ShellFacts } from './shell-rules';

/** What the shell's decisions depend on (shell-rules.ts). */
export const shellFacts = (): ShellFacts => ({
  packaged: app.isPackaged,
  rendererFile: join(__dirname, '../renderer/index.html'),
  env: process.env,
});

let sessionHardened = false;
function hardenSession(): void {
  if (sessionHardened) return;
  sessionHardened = true;
  // Camera, microphone, notifications, geolocation…: Hold On needs none of them.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * Every window of the app is made here, with the same locked-down preferences: a remote
 * scammer may be driving the mouse, so nothing in a window may reach Node, navigate away,
 * or open another window. https://www.electronjs.org/docs/latest/tutorial/security
 */
export function createAppWindow(
  screen: string,
  options: BrowserWindowConstructorOptions = {},
): BrowserWindow {
  hardenSession();
  const window = new BrowserWindow({
    width: 1000,
    height: 760,
    minWidth: 640,
    minHeight: 520,
    show: false,
    backgroundColor: '#fbf8f2',
    autoHideMenuBar: true,
    ...options,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: devToolsAllowed(shellFacts()),
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows, and no links out: report-a-scam places are shown as text to type or call.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // No reload, DevTools or quit from the keyboard in the installed app.
  contents.on('before-input-event', (event, input) => {
    if (refusedKey(shellFacts(), input)) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  const target = rendererTarget(shellFacts(), screen);
  if ('url' in target) void window.loadURL(target.url);
  else void window.loadFile(target.file, { hash: target.hash });
  return window;
}
