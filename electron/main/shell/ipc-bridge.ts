import { ipcMain, type BrowserWindow, type WebContents } from 'electron';
import { wire } from '../../../shared/ipc/api';
import type { Core } from '../core/core-host';
import type { Logger } from '../core/logging/logger';
import { trustedFrame, type ShellFacts } from './shell-rules';

/**
 * Carries the contract over Electron IPC. Only our own windows may call, from the exact
 * renderer file (shell-rules.ts `trustedFrame`), and every
 * request goes through the core's dispatcher, which validates it with the contract's schema.
 */
export function connectIpc(
  core: Core,
  windows: () => readonly BrowserWindow[],
  facts: ShellFacts,
  logger: Logger,
): () => void {
  const ours = (sender: WebContents): boolean =>
    windows().some((w) => !w.isDestroyed() && w.webContents === sender);
  ipcMain.handle(wire.invoke, async (event, channel: unknown, payload: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!ours(event.sender) || !trustedFrame(facts, frameUrl)) {
      logger.warn('refused IPC from an unknown sender', { frameUrl });
      return { ok: false, error: { code: 'not-permitted', message: 'not permitted' } };
    }
    return core.invoke(channel, payload);
  });
  const unsubscribe = core.bus.subscribe((name, payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(wire.event, name, payload);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(wire.invoke);
  };
}
