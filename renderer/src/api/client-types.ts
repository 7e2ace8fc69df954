import type { HoldOnApi } from '../../../shared/ipc/api';
import type { Channel, PushEventName } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

/** What the Electron preload exposes: one function per channel, plus subscribe. */
export type ElectronBridge = Record<Channel, (request: unknown) => Promise<Result<unknown>>> & {
  subscribe(event: PushEventName, listener: (payload: unknown) => void): () => void;
};

export type ConnectionState = 'connecting' | 'online' | 'offline';

/** The contract as the renderer sees it, whichever host carries it, plus the link's state. */
export interface Client extends HoldOnApi {
  onConnection(listener: (state: ConnectionState) => void): () => void;
}
