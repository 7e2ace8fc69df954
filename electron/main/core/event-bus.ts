import type { PushEventName, PushEvents } from '../../../shared/ipc/contract';

export type PushListener = <E extends PushEventName>(event: E, payload: PushEvents[E]) => void;

/** Fans core events out to every connected renderer (IPC windows, preview sockets). */
export interface EventBus {
  emit<E extends PushEventName>(event: E, payload: PushEvents[E]): void;
  subscribe(listener: PushListener): () => void;
}

export function createEventBus(onListenerError: (error: unknown) => void): EventBus {
  const listeners = new Set<PushListener>();
  return {
    emit(event, payload) {
      for (const listener of listeners) {
        try {
          listener(event, payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
