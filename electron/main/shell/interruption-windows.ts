import { screen, type BrowserWindow } from 'electron';
import type { Incident } from '../../../shared/model/incident';
import type { Core } from '../core/core-host';
import { createAppWindow } from './window-factory';

/**
 * On a warning or danger incident, covers every display with the warning, on top of
 * everything, and takes focus on the main display. Closing a window without choosing is
 * allowed: it is recorded (and the incident stays open, so the tray keeps asking for attention).
 */
export function showInterruptions(core: Core): { windows(): BrowserWindow[] } {
  const open = new Map<string, BrowserWindow[]>();
  const chose = new Set<string>();

  const show = (incident: Incident): void => {
    if (open.has(incident.id)) return;
    const primary = screen.getPrimaryDisplay().id;
    const windows = screen.getAllDisplays().map((display) => {
      const window = createAppWindow(`interruption/${encodeURIComponent(incident.id)}`, {
        ...display.bounds,
        title: 'Hold On',
        fullscreen: true,
        frame: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        minimizable: false,
      });
      // Above full-screen browser pages, which sit at the normal always-on-top level.
      window.setAlwaysOnTop(true, 'screen-saver');
      window.once('ready-to-show', () => {
        if (display.id === primary) window.focus();
      });
      window.on('closed', () => {
        const left = (open.get(incident.id) ?? []).filter((w) => w !== window && !w.isDestroyed());
        if (left.length > 0) {
          open.set(incident.id, left);
          return;
        }
        open.delete(incident.id);
        if (!chose.has(incident.id)) {
          void core.invoke('interruption.choice', {
            incidentId: incident.id,
            choice: 'closed-without-choice',
          });
        }
      });
      return window;
    });
    open.set(incident.id, windows);
  };

  core.bus.subscribe((event, payload) => {
    const incident = payload as Incident;
    if (event === 'incident.opened' && incident.resolvedAt === null && incident.severity !== 'notice')
      show(incident);
    if (event === 'incident.updated' && incident.resolvedAt !== null) {
      chose.add(incident.id);
      // The window the person used keeps its confirmation; the others go.
      for (const window of open.get(incident.id) ?? [])
        if (!window.isFocused() && !window.isDestroyed()) window.close();
    }
  });
  return { windows: () => [...open.values()].flat().filter((w) => !w.isDestroyed()) };
}
