import { pathToFileURL } from 'node:url';
import { isLoopbackHost } from '../../../shared/settings/settings-schema';
import type { Logger } from '../core/logging/logger';

/**
 * The shell's security decisions, kept apart from Electron so they are tested under plain Node
 * with a small fake of Electron's API (tests/unit/electron/main/shell/shell-rules.test.ts).
 * A scammer may be driving the mouse and the keyboard with the senior's own account: no key,
 * menu or user setting may quit Hold On, open DevTools or replace its screens.
 */

export interface ShellFacts {
  /** `app.isPackaged`: the installed app, as opposed to a development run. */
  readonly packaged: boolean;
  /** The renderer's `index.html`, as built. */
  readonly rendererFile: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The development server's address, honoured only in a development run: in the installed app a
 * user environment variable (`setx ELECTRON_RENDERER_URL …` needs no admin rights) must never
 * replace the screens with someone else's page.
 */
export function devServerUrl(facts: ShellFacts): string | null {
  if (facts.packaged) return null;
  const text = facts.env.ELECTRON_RENDERER_URL;
  if (!text) return null;
  try {
    const url = new URL(text);
    // electron-vite's server runs on this computer; anything else is not a development run.
    return url.protocol === 'http:' && isLoopbackHost(url.hostname) ? url.origin : null;
  } catch {
    return null;
  }
}

/** What a window loads for a screen: the built file, or the development server. */
export function rendererTarget(
  facts: ShellFacts,
  screen: string,
): { file: string; hash: string } | { url: string } {
  const dev = devServerUrl(facts);
  if (dev !== null) return { url: `${dev}/#${screen}` };
  return { file: facts.rendererFile, hash: screen };
}

/**
 * Whether a frame may call the contract: only the exact renderer file (any screen, that is any
 * `#hash`), or in a development run the development server's own origin. Another `file://` page,
 * a look-alike origin (`http://localhost:5173.evil.example`) or a sub-frame's `about:blank` may not.
 */
export function trustedFrame(facts: ShellFacts, frameUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (url.protocol === 'file:') {
    const own = pathToFileURL(facts.rendererFile);
    return url.pathname === own.pathname && url.search === '' && url.host === own.host;
  }
  const dev = devServerUrl(facts);
  return dev !== null && url.origin === dev;
}

/** `webPreferences.devTools`: DevTools only in a development run. */
export const devToolsAllowed = (facts: ShellFacts): boolean => !facts.packaged;

/** The parts of Electron's `MenuItemConstructorOptions` the app menu uses. */
export interface MenuItemTemplate {
  readonly label?: string;
  readonly role?: 'about' | 'hide' | 'hideOthers' | 'unhide' | 'editMenu';
  readonly submenu?: readonly MenuItemTemplate[];
  readonly type?: 'separator';
}

/**
 * The application menu. Electron's default menu quits on Ctrl+Q / Cmd+Q (and File → Exit),
 * reloads on Ctrl+R and opens DevTools on Ctrl+Shift+I, from any window, the full-screen warning
 * included. Windows and Linux get no menu at all (text fields still copy and paste); macOS needs
 * one for copy and paste, so it gets the app menu without Quit and the Edit menu.
 */
export function applicationMenu(platform: NodeJS.Platform): MenuItemTemplate[] | null {
  if (platform !== 'darwin') return null;
  return [
    {
      label: 'Hold On',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
      ],
    },
    { role: 'editMenu' },
  ];
}

/** Keys that reload a page or open DevTools, refused in every window of the installed app. */
export function refusedKey(
  facts: ShellFacts,
  input: {
    readonly type: string;
    readonly key: string;
    readonly control: boolean;
    readonly meta: boolean;
    readonly shift: boolean;
    readonly alt: boolean;
  },
): boolean {
  if (!facts.packaged || input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (key === 'f5' || key === 'f12') return true;
  if (command && (key === 'r' || key === 'q' || key === 'w')) return true;
  return command && (input.shift || input.alt) && (key === 'i' || key === 'j' || key === 'c');
}

/** The part of Electron's `app` the quit guard needs. */
export interface QuitEvents {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
}

export interface QuitGuard {
  /** The one way out: after the caregiver's PIN (the core has written `app.quit` by then), or at shutdown. */
  allowQuit(reason: 'pin' | 'shutdown' | 'second-instance'): void;
  readonly allowed: boolean;
}

/**
 * Refuses every quit that does not come from the PIN path: a menu, a key, `app.quit()` called by
 * anything else. The refused attempt opens the quit screen, which asks for the PIN.
 */
export function guardQuit(app: QuitEvents, logger: Logger, refused: () => void): QuitGuard {
  let allowed = false;
  app.on('before-quit', (event) => {
    if (allowed) return;
    event.preventDefault();
    logger.warn('refused a quit without the caregiver PIN');
    refused();
  });
  return {
    allowQuit(reason) {
      logger.info('quit allowed', { reason });
      allowed = true;
    },
    get allowed() {
      return allowed;
    },
  };
}
