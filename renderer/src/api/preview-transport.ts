import type { Channel, PushEventName, PushEvents } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { Client, ConnectionState } from './client-types';

interface Pending {
  readonly resolve: (result: Result<unknown>) => void;
}

/** The preview host's WebSocket, reconnecting on its own; requests wait until it is open. */
export function createPreviewTransport(location: Location): Client {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?token=${encodeURIComponent(token)}`;
  const pending = new Map<number, Pending>();
  const listeners = new Map<PushEventName, Set<(payload: unknown) => void>>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let retryMs = 250;

  const setState = (next: ConnectionState): void => {
    state = next;
    for (const listener of connectionListeners) listener(next);
  };

  const connect = (): void => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retryMs = 250;
      setState('online');
      for (const message of queue.splice(0)) ws.send(message);
    };
    ws.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as
        { id: number; result: Result<unknown> } | { event: PushEventName; payload: unknown };
      if ('event' in data) {
        for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
        return;
      }
      pending.get(data.id)?.resolve(data.result);
      pending.delete(data.id);
    };
    ws.onclose = () => {
      socket = null;
      setState('offline');
      queue.length = 0;
      for (const [id, request] of pending) {
        request.resolve({ ok: false, error: { code: 'internal', message: 'connection lost' } });
        pending.delete(id);
      }
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  };
  connect();

  return {
    invoke<C extends Channel>(channel: C, request: unknown) {
      const id = nextId++;
      const message = JSON.stringify({ id, channel, payload: request });
      return new Promise((resolve) => {
        pending.set(id, { resolve: resolve as (result: Result<unknown>) => void });
        if (socket && socket.readyState === WebSocket.OPEN) socket.send(message);
        else queue.push(message);
      });
    },
    subscribe<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(state);
      return () => connectionListeners.delete(listener);
    },
  };
}
