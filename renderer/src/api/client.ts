import type { Client, ElectronBridge } from './client-types';
import { createPreviewTransport } from './preview-transport';

function electronClient(bridge: ElectronBridge): Client {
  return {
    invoke: (channel, request) => bridge[channel](request) as never,
    subscribe: (event, listener) => bridge.subscribe(event, listener as (payload: unknown) => void),
    onConnection(listener) {
      listener('online');
      return () => undefined;
    },
  };
}

/**
 * The only module that talks to the host. Screens use the store, the store uses this, and the
 * same renderer runs on Electron IPC or on the preview host's WebSocket.
 */
export function createClient(): Client {
  const bridge = (window as unknown as { holdon?: ElectronBridge }).holdon;
  if (bridge) return electronClient(bridge);
  return createPreviewTransport(window.location);
}
