import type { HoldOnApi } from '../../../shared/ipc/api';
import type { Channel, PushEventName, PushEvents } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { createPreviewTransport } from './preview-transport';

/** What the Electron preload exposes: one function per channel, plus subscribe. */
type ElectronBridge = Record<Channel, (request: unknown) => Promise<Result<unknown>>> & {
  subscribe(event: PushEventName, listener: (payload: unknown) => void): () => void;
};

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface Client extends HoldOnApi {
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

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

export type { PushEvents };
