import nodemailer from 'nodemailer';
import type { Delivery } from '../../../../../shared/model/alert';
import { DeliveryError } from '../delivery-error';

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
export function classifySmtpError(error: SmtpError): DeliveryError {
  const code = error.code ?? '';
  const response = error.responseCode ?? 0;
  if (code === 'EAUTH' || response === 535) {
    return new DeliveryError(
      'The mail server refused the user name or password (check "email.smtpUrl").',
      true,
    );
  }
  if (code === 'ETLS' || /certificate|self[- ]signed|tls|ssl/i.test(error.message ?? '')) {
    return new DeliveryError(
      `A secure (TLS) connection to the mail server failed: ${error.message ?? code}`,
      true,
    );
  }
  if (code === 'EENVELOPE' || (response >= 550 && response < 560) || error.command === 'RCPT TO') {
    return new DeliveryError(
      `The mail server refused the address: ${error.message ?? code}`,
      response >= 500,
    );
  }
  if (response >= 500)
    return new DeliveryError(`The mail server refused the message: ${error.message ?? code}`, true);
  // ECONNECTION, ETIMEDOUT, ESOCKET, 4xx: the server is down or busy; try again later.
  return new DeliveryError(`Could not reach the mail server: ${error.message ?? code}`, false);
}

/** Email through the caregiver's SMTP server, with STARTTLS or TLS as the URL says (nodemailer). */
export function createEmailChannel(settings: EmailSettings): {
  send(delivery: Delivery): Promise<void>;
  close(): void;
} {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    async send(delivery) {
      try {
        await transport.sendMail({
          from: settings.from,
          to: delivery.channelTarget,
          subject: delivery.message.subject,
          text: delivery.message.body,
          // The same key on every try, so a receiver can drop a repeat.
          messageId: `<${delivery.idempotencyKey}@holdon.invalid>`,
          headers: {
            'X-HoldOn-Idempotency-Key': delivery.idempotencyKey,
            'X-HoldOn-Severity': delivery.message.severity,
          },
        });
      } catch (error) {
        throw classifySmtpError(error as SmtpError);
      }
    },
    close: () => transport.close(),
  };
}
