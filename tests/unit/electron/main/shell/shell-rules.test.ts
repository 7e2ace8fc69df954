import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applicationMenu,
  devServerUrl,
  devToolsAllowed,
  guardQuit,
  refusedKey,
  rendererTarget,
  trustedFrame,
  type MenuItemTemplate,
  type ShellFacts,
} from '../../../../../electron/main/shell/shell-rules';
import { createMemoryLogger as memoryLogger } from '../../../../fakes/memory-logger';

const rendererFile = '/opt/Hold On/resources/app.asar/out/renderer/index.html';
const packaged = (env: NodeJS.ProcessEnv = {}): ShellFacts => ({ packaged: true, rendererFile, env });
const development = (env: NodeJS.ProcessEnv = {}): ShellFacts => ({ packaged: false, rendererFile, env });
const ownFile = pathToFileURL(rendererFile).href;

/** A small fake of Electron's `app`: `quit()` emits `before-quit` and quits unless it is prevented. */
function fakeApp() {
  const emitter = new EventEmitter();
  let quits = 0;
  return {
    on: (event: 'before-quit', listener: (e: { preventDefault(): void }) => void) =>
      emitter.on(event, listener),
    quit() {
      let prevented = false;
      emitter.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) quits += 1;
    },
    get quits() {
      return quits;
    },
  };
}

const allLabelsAndRoles = (items: readonly MenuItemTemplate[]): string[] =>
  items.flatMap((i) => [i.label ?? '', i.role ?? '', ...allLabelsAndRoles(i.submenu ?? [])]);

describe('the shell: what may load and call', () => {
  it('never lets ELECTRON_RENDERER_URL replace the screens of the installed app', () => {
    const env = { ELECTRON_RENDERER_URL: 'https://scam.example/holdon' };
    expect(devServerUrl(packaged(env))).toBeNull();
    expect(rendererTarget(packaged(env), 'warning')).toEqual({ file: rendererFile, hash: 'warning' });
    expect(rendererTarget(packaged({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }), 'home')).toEqual({
      file: rendererFile,
      hash: 'home',
    });
    // A development run uses electron-vite's server on this computer, and nothing else.
    expect(rendererTarget(development({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }), 'home')).toEqual({
      url: 'http://localhost:5173/#home',
    });
    expect(devServerUrl(development(env))).toBeNull();
    expect(
      devServerUrl(development({ ELECTRON_RENDERER_URL: 'http://localhost.scam.example:5173' })),
    ).toBeNull();
    expect(devServerUrl(development({ ELECTRON_RENDERER_URL: 'not a url' }))).toBeNull();
  });

  it('accepts IPC only from the exact renderer file, or the development server in a development run', () => {
    expect(trustedFrame(packaged(), `${ownFile}#warning`)).toBe(true);
    expect(trustedFrame(packaged(), ownFile)).toBe(true);
    // Another local page, the same page with a query, a sub-frame, a web page: refused.
    expect(trustedFrame(packaged(), pathToFileURL('/tmp/fake/index.html').href)).toBe(false);
    expect(trustedFrame(packaged(), `${ownFile}?x=1`)).toBe(false);
    expect(trustedFrame(packaged(), 'about:blank')).toBe(false);
    expect(trustedFrame(packaged(), '')).toBe(false);
    expect(trustedFrame(packaged(), 'https://scam.example/')).toBe(false);
    const dev = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(trustedFrame(packaged(dev), 'http://localhost:5173/#home')).toBe(false);
    expect(trustedFrame(development(dev), 'http://localhost:5173/#home')).toBe(true);
    expect(trustedFrame(development(dev), 'http://localhost:5173.scam.example/')).toBe(false);
  });

  it('allows DevTools, reload and quit keys only in a development run', () => {
    expect(devToolsAllowed(packaged())).toBe(false);
    expect(devToolsAllowed(development())).toBe(true);
    const key = (
      k: string,
      mods: Partial<{ control: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
    ) => ({
      type: 'keyDown',
      key: k,
      control: false,
      meta: false,
      shift: false,
      alt: false,
      ...mods,
    });
    for (const input of [
      key('I', { control: true, shift: true }),
      key('i', { meta: true, alt: true }),
      key('F12'),
      key('r', { control: true }),
      key('F5'),
      key('q', { control: true }),
      key('q', { meta: true }),
    ]) {
      expect(refusedKey(packaged(), input)).toBe(true);
      expect(refusedKey(development(), input)).toBe(false);
    }
    // Typing, copy and paste still work.
    for (const input of [key('a'), key('c', { control: true }), key('v', { control: true }), key('Tab')]) {
      expect(refusedKey(packaged(), input)).toBe(false);
    }
    expect(refusedKey(packaged(), { ...key('F12'), type: 'keyUp' })).toBe(false);
  });

  it('has no menu with Quit, Reload or DevTools on any platform', () => {
    expect(applicationMenu('win32')).toBeNull();
    expect(applicationMenu('linux')).toBeNull();
    const mac = applicationMenu('darwin') ?? [];
    const names = allLabelsAndRoles(mac).join(' ').toLowerCase();
    expect(names).toContain('editmenu');
    for (const word of ['quit', 'reload', 'toggledevtools', 'close', 'windowmenu', 'viewmenu', 'filemenu']) {
      expect(names).not.toContain(word);
    }
  });
});

describe('the shell: quitting', () => {
  it('refuses every quit until the PIN path allows it, and opens the quit screen instead', () => {
    const app = fakeApp();
    const logger = memoryLogger();
    let quitScreens = 0;
    const guard = guardQuit(app, logger, () => (quitScreens += 1));
    app.quit(); // Ctrl+Q, Cmd+Q, File → Exit, or any app.quit() outside the PIN path
    app.quit();
    expect(app.quits).toBe(0);
    expect(quitScreens).toBe(2);
    expect(guard.allowed).toBe(false);
    guard.allowQuit('pin');
    app.quit();
    expect(app.quits).toBe(1);
    expect(quitScreens).toBe(2);
  });

  it('lets a shutdown through', () => {
    const app = fakeApp();
    const guard = guardQuit(app, memoryLogger(), () => undefined);
    guard.allowQuit('shutdown');
    app.quit();
    expect(app.quits).toBe(1);
  });
});
