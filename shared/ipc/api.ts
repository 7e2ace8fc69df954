import type { Channel, PushEventName, PushEvents, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

/** The surface a renderer sees, whatever carries it (Electron IPC or the preview WebSocket). */
export interface HoldOnApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  subscribe<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
}

/** Names used on the wire; kept here so preload, shell and preview host agree. */
export const wire = {
  invoke: 'holdon:invoke',
  event: 'holdon:event',
} as const;
