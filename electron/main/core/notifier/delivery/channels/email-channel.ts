import { decodedPart, urlPassword } from '../../../../../../shared/settings/secret-fields';
import { isLoopbackHost, redactedSecret } from '../../../../../../shared/settings/settings-schema';
import nodemailer, { type Transporter } from 'nodemailer';
import { DeliveryError, unreadableSecret, type Endpoint } from '../delivery-error';
import type { ChannelSender } from './channel-sender';

export interface EmailSettings {
  readonly smtpUrl: string;
  readonly from: string;
}

interface SmtpError {
  readonly code?: string;
  readonly responseCode?: number;
  readonly command?: string;
  readonly message?: string;
}

/** Turns nodemailer's errors into plain reasons, permanent or worth retrying. */
export function classifySmtpError(error: SmtpError, server?: Endpoint): DeliveryError {
  const code = error.code ?? '';
  const response = error.responseCode ?? 0;
  if (code === 'EAUTH' || response === 535) {
    return new DeliveryError(
      'The mail server refused the user name or password (check "email.smtpUrl").',
      true,
      { reason: 'mail-login' },
    );
  }
  if (code === 'ETLS' || /certificate|self[- ]signed|tls|ssl/i.test(error.message ?? '')) {
    return new DeliveryError(
      `A secure (TLS) connection to the mail server failed: ${error.message ?? code}`,
      true,
      { reason: 'mail-tls' },
    );
  }
  if (code === 'EENVELOPE' || (response >= 550 && response < 560) || error.command === 'RCPT TO') {
    return new DeliveryError(
      `The mail server refused the address: ${error.message ?? code}`,
      response >= 500,
      { reason: 'mail-address-refused' },
    );
  }
  if (response >= 500)
    return new DeliveryError(`The mail server refused the message: ${error.message ?? code}`, true, {
      reason: 'mail-refused',
    });
  // ECONNECTION, ETIMEDOUT, ESOCKET, 4xx: the server is down or busy; try again later. Only a
  // server that could not be reached at all is worth probing (a 4xx answer means it is up).
  const down = response === 0 && server !== undefined;
  return new DeliveryError(
    `Could not reach the mail server: ${error.message ?? code}`,
    false,
    down ? { unreachable: server } : { reason: 'busy' },
  );
}

/**
 * Sends every message to this server instead of the one the settings name (tests: a provider
 * preset such as Gmail, delivered to a local server with its own certificate).
 */
export interface SmtpOverride {
  readonly host: string;
  readonly port: number;
  /** false: accept the test server's self-signed certificate. */
  readonly rejectUnauthorized?: boolean;
}

/**
 * Tests only: `HOLDON_TEST_SMTP=127.0.0.1:2525` sends every e-mail to a local test server (its
 * self-signed certificate accepted) whatever provider the screens chose, so a Gmail set-up can be
 * tried end to end. Read by the CLI and the preview host, never by the app; null when not set.
 */
export function testSmtpOverride(env: Readonly<Record<string, string | undefined>>): SmtpOverride | null {
  const match = /^(127\.0\.0\.1|localhost):(\d{1,5})$/.exec(env.HOLDON_TEST_SMTP ?? '');
  return match?.[1] && match[2]
    ? { host: match[1], port: Number(match[2]), rejectUnauthorized: false }
    : null;
}

/**
 * The transport's options, built field by field from the address: the server, TLS as the scheme
 * and `requireTLS` say, the account, and for a server on this computer only, whether it has its
 * own certificate. Nothing else in the address reaches nodemailer, so no query (`?proxy=…`,
 * `?logger=true`) can send the password elsewhere or switch off the certificate check of a
 * server far away.
 */
export function smtpTransportOptions(smtpUrl: string, override?: SmtpOverride) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const ownCertificate =
    isLoopbackHost(url.hostname) && url.searchParams.get('tls.rejectUnauthorized') === 'false';
  return {
    host: override?.host ?? url.hostname.replace(/^\[|\]$/g, ''),
    // nodemailer's defaults: 465 for smtps://, 587 otherwise.
    port: override?.port ?? (Number(url.port) || (secure ? 465 : 587)),
    secure,
    requireTLS: url.searchParams.get('requireTLS') === 'true',
    ...(url.username ? { auth: { user: decodedPart(url.username), pass: urlPassword(url) } } : {}),
    ...(override?.rejectUnauthorized === false || ownCertificate
      ? { tls: { rejectUnauthorized: false } }
      : {}),
  };
}

export interface EmailTarget extends EmailSettings {
  /** The contact's address. */
  readonly to: string;
}

/**
 * Email through the caregiver's SMTP server, with STARTTLS or TLS as the URL says (nodemailer).
 * The transport (and its pooled connection) is kept while the server settings stay the same:
 * a fixed password is used by the next try.
 */
export function createEmailChannel(override?: SmtpOverride): ChannelSender<EmailTarget> {
  let current: { key: string; server: Endpoint; unreadable: boolean; transport: Transporter } | null = null;
  const transportFor = (settings: EmailSettings) => {
    const key = `${settings.smtpUrl}\n${settings.from}`;
    if (current?.key === key) return current;
    current?.transport.close();
    const options = smtpTransportOptions(settings.smtpUrl, override);
    current = {
      key,
      server: { host: options.host, port: options.port },
      unreadable: options.auth?.pass === redactedSecret,
      transport: nodemailer.createTransport(options),
    };
    return current;
  };
  return {
    async send(delivery, target) {
      const { server, unreadable, transport } = transportFor(target);
      if (unreadable) throw unreadableSecret('mail server password', 'email.smtpUrl');
      // Follow-ups reply to the incident's first message, so mail apps show one thread.
      const thread = delivery.message.inReplyTo ? `<${delivery.message.inReplyTo}@holdon.invalid>` : null;
      try {
        await transport.sendMail({
          from: target.from,
          to: target.to,
          subject: delivery.message.subject,
          text: delivery.message.body,
          // The same key on every try, so a receiver can drop a repeat.
          messageId: `<${delivery.idempotencyKey}@holdon.invalid>`,
          ...(thread ? { inReplyTo: thread, references: [thread] } : {}),
          headers: {
            'X-HoldOn-Idempotency-Key': delivery.idempotencyKey,
            'X-HoldOn-Severity': delivery.message.severity,
            'X-HoldOn-Kind': delivery.kind,
          },
        });
      } catch (error) {
        throw classifySmtpError(error as SmtpError, server);
      }
    },
    close() {
      current?.transport.close();
      current = null;
    },
  };
}
