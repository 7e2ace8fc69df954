import { contextBridge, ipcRenderer } from 'electron';
import { wire } from '../../shared/ipc/api';
import { channelNames, isPushEventName } from '../../shared/ipc/channels';

/**
 * Exposes one function per contract channel plus `subscribe`, never ipcRenderer itself.
 * https://www.electronjs.org/docs/latest/tutorial/context-isolation
 */
const calls = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    (request: unknown) => ipcRenderer.invoke(wire.invoke, channel, request),
  ]),
);

contextBridge.exposeInMainWorld('holdon', {
  ...calls,
  subscribe(event: string, listener: (payload: unknown) => void): () => void {
    if (!isPushEventName(event)) throw new Error(`unknown event ${event}`);
    const handler = (_e: unknown, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(wire.event, handler);
    return () => {
      ipcRenderer.removeListener(wire.event, handler);
    };
  },
});
