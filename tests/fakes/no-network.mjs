// Preloaded (node --import) into a process that must not use the network: every way out
// (sockets, DNS, fetch) is refused and reported on stderr, in the main thread and in workers.
import dns from 'node:dns';
import net from 'node:net';
import { isMainThread } from 'node:worker_threads';

const refuse = (what) => {
  process.stderr.write(`NETWORK ATTEMPT (${isMainThread ? 'main' : 'worker'}): ${what}\n`);
  throw new Error(`network use is refused in this test: ${what}`);
};
net.Socket.prototype.connect = function connect(options) {
  refuse(`socket ${JSON.stringify(options)}`);
};
dns.lookup = (host) => refuse(`dns ${host}`);
globalThis.fetch = (url) => refuse(`fetch ${String(url)}`);
globalThis.__holdonNoNetwork = true;
