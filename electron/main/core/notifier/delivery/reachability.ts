import { connect } from 'node:net';
import type { Endpoint } from './delivery-error';

/** Can a TCP connection be opened to this server now? (Closed at once; nothing is sent.) */
export type Reachable = (endpoint: Endpoint) => Promise<boolean>;

export const tcpReachable: Reachable = (endpoint) =>
  new Promise((resolve) => {
    const socket = connect({ host: endpoint.host, port: endpoint.port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
