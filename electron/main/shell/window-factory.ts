import { BrowserWindow, session, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';

function rendererUrl(screen: string): { file: string; hash: string } | { url: string } {
  // electron-vite sets this in development only; the packaged app always loads the file.
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (devServer) return { url: `${devServer}#${screen}` };
  return { file: join(__dirname, '../renderer/index.html'), hash: screen };
}

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
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows, and no links out: report-a-scam places are shown as text to type or call.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  const target = rendererUrl(screen);
  if ('url' in target) void window.loadURL(target.url);
  else void window.loadFile(target.file, { hash: target.hash });
  return window;
}
