import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: string;
  readonly secure: boolean;
}

/**
 * A real SMTP server on 127.0.0.1 (the smtp-server package) with AUTH PLAIN/LOGIN and
 * STARTTLS (its built-in self-signed certificate), recording what it receives.
 */
export async function startSmtpServer(
  options: { user?: string; pass?: string; port?: number; refuse?: RegExp } = {},
) {
  const user = options.user ?? 'holdon';
  const pass = options.pass ?? 'secret';
  const received: ReceivedMail[] = [];
  const waiters: { match: (mail: ReceivedMail) => boolean; resolve: (mail: ReceivedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: false,
    disabledCommands: [],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.test(address.address)) {
        const error = Object.assign(new Error('No such user here'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          secure: session.secure,
        };
        received.push(mail);
        for (const w of waiters.splice(0)) {
          if (w.match(mail)) w.resolve(mail);
          else waiters.push(w);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    url: (password = pass) =>
      `smtp://${user}:${password}@127.0.0.1:${port}?requireTLS=true&tls.rejectUnauthorized=false`,
    /** The next mail received (that matches). */
    next: (match: (mail: ReceivedMail) => boolean = () => true) =>
      new Promise<ReceivedMail>((resolve) => waiters.push({ match, resolve })),
    /** Mails about incidents and tests, without the tamper alerts setting up the contacts causes. */
    alerts: () => received.filter((m) => !/^X-HoldOn-Kind: (tamper|health)/im.test(m.raw)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
