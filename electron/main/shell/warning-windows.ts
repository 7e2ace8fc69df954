import { screen, type BrowserWindow } from 'electron';
import type { ProtectionStatus } from '../../../shared/model/protection';
import type { Core } from '../core/core-host';
import { warningMayClose, warningMustShow } from './warning-window-rules';
import { createAppWindow } from './window-factory';

/**
 * The warning covers every display, on top of everything, and takes focus on the main display.
 * It comes back whenever it must (a new warning, a rise to danger, the same tool again), and it
 * closes only when nothing is left to warn about or after the wait the page imposes.
 */
export function showWarnings(core: Core): { windows(): BrowserWindow[] } {
  let open: BrowserWindow[] = [];
  let shownAtRaise: number | null = null;
  let openedAt = 0;

  const tryClose = (window: BrowserWindow): void => {
    void core.invoke('events.list', { limit: 50 }).then((events) => {
      if (window.isDestroyed()) return;
      const now = core.status().situation;
      if (warningMayClose(now, openedAt, events.ok ? events.value : [])) window.destroy();
      else window.focus();
    });
  };

  const show = (raise: number): void => {
    shownAtRaise = raise;
    openedAt = Date.now();
    const alive = open.filter((w) => !w.isDestroyed());
    if (alive.length > 0) {
      // The page itself shows the warning again when it rises (renderer/src/state/app-store.ts).
      for (const window of alive) window.show();
      alive[0]?.focus();
      open = alive;
      return;
    }
    const primary = screen.getPrimaryDisplay().id;
    open = screen.getAllDisplays().map((display) => {
      const window = createAppWindow('warning', {
        ...display.bounds,
        title: 'Hold On',
        fullscreen: true,
        frame: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        minimizable: false,
        closable: false,
      });
      // Above full-screen browser pages, which sit at the normal always-on-top level.
      window.setAlwaysOnTop(true, 'screen-saver');
      window.once('ready-to-show', () => {
        if (display.id === primary) window.focus();
      });
      window.on('close', (event) => {
        event.preventDefault();
        tryClose(window);
      });
      return window;
    });
  };

  core.bus.subscribe((event, payload) => {
    if (event !== 'protection.status') return;
    const { situation } = payload as ProtectionStatus;
    if (warningMustShow(situation, shownAtRaise)) show(situation.raise);
    // Nothing left to warn about: the windows go (the one in front keeps its confirmation).
    if (situation.incidents.length === 0)
      for (const window of open) if (!window.isDestroyed() && !window.isFocused()) window.destroy();
  });
  return { windows: () => open.filter((w) => !w.isDestroyed()) };
}
