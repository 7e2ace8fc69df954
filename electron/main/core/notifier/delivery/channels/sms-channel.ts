import { isHidden } from '../../../../../../shared/settings/masked-secret';
import { redactedSecret } from '../../../../../../shared/settings/settings-schema';
import type { Delivery, DeliveryReason } from '../../../../../../shared/model/alert';
import { DeliveryError, unreadableSecret } from '../delivery-error';
import { httpFailure, postHttp } from '../http-post';
import type { ChannelSender } from './channel-sender';

export const twilioApiBase = 'https://api.twilio.com';

export interface TwilioSettings {
  readonly accountSid: string;
  readonly authToken: string;
  readonly from: string;
}

interface TwilioErrorBody {
  readonly code?: number;
  readonly message?: string;
  readonly more_info?: string;
}

/**
 * Twilio's error codes that mean "this will never work as set up"
 * (https://www.twilio.com/docs/api/errors): 20003 authentication, 21211 invalid To, 21212
 * invalid From, 21606 From cannot send SMS, 21608 unverified number (trial account), 21610
 * recipient unsubscribed (STOP), 21612 unroutable, 21614 not a mobile, 21408 region not enabled.
 * 20429 is Twilio's "too many requests" and is retried like any 429.
 */
const explained: Readonly<Record<number, readonly [DeliveryReason, string]>> = {
  20003: ['sms-login', 'Twilio refused the account SID or auth token (check "twilio")'],
  21211: ['sms-bad-number', 'Twilio says the number is not a valid phone number'],
  21212: ['sms-bad-from', 'Twilio says the "from" number is not valid (check "twilio.from")'],
  21606: ['sms-bad-from', 'Twilio says the "from" number cannot send SMS (check "twilio.from")'],
  21608: ['sms-trial', 'Twilio says a trial account can only text numbers verified in the Twilio console'],
  21610: ['sms-stopped', 'The person replied STOP to this number; Twilio will not text them'],
  21612: ['sms-bad-number', 'Twilio cannot send an SMS to this number'],
  21614: ['sms-not-mobile', 'Twilio says the number cannot receive SMS (not a mobile)'],
  21408: ['sms-country', 'Twilio is not allowed to text this country (enable it in the Twilio console)'],
};

/** Twilio refuses a Body over 1,600 characters (error 21617); a long summary is cut, saying so. */
export const smsMaxLength = 1600;

export function smsText(delivery: Delivery): string {
  const text = `${delivery.message.subject}\n\n${delivery.message.body}`;
  return text.length <= smsMaxLength ? text : `${text.slice(0, smsMaxLength - 1)}…`;
}

export interface SmsTarget {
  /** The number to text, in international form. */
  readonly to: string;
  readonly account: TwilioSettings;
}

/**
 * SMS through Twilio's REST API, "Create a Message resource"
 * (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource):
 * POST /2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP Basic auth (SID:token),
 * form-encoded To, From and Body; 201 Created on success, otherwise a JSON error with
 * `code`, `message`, `more_info` and `status` (https://www.twilio.com/docs/usage/twilios-response).
 * SMS has no subject line and no threads: the text starts with the subject.
 */
export function createSmsChannel(
  now: () => number,
  apiBase: string = twilioApiBase,
): ChannelSender<SmsTarget> {
  /** Twilio's own error code decides whether retrying can help (`explained` above). */
  const explain = async (response: Response): Promise<DeliveryError> => {
    let error: TwilioErrorBody = {};
    try {
      error = (await response.json()) as TwilioErrorBody;
    } catch {
      // Not JSON (a proxy's page): the status alone decides.
    }
    const known = error.code === undefined ? undefined : explained[error.code];
    const detail = [error.code ? `Twilio error ${error.code}` : '', error.message ?? '']
      .filter(Boolean)
      .join(': ');
    if (known && response.status !== 429)
      return new DeliveryError(`${known[1]} (${detail}).`, true, { reason: known[0] });
    return httpFailure('Twilio API', response, detail, now());
  };
  return {
    async send(delivery, { to, account }) {
      if (isHidden('sid', account.accountSid))
        throw unreadableSecret('Twilio account SID', 'twilio.accountSid');
      if (account.authToken === redactedSecret)
        throw unreadableSecret('Twilio auth token', 'twilio.authToken');
      const url = `${apiBase.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}/Messages.json`;
      const body = new URLSearchParams({ To: to, From: account.from, Body: smsText(delivery) });
      const headers = {
        Authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        // Twilio ignores it; it is here for proxies and for the record.
        'X-HoldOn-Idempotency-Key': delivery.idempotencyKey,
      };
      await postHttp('Twilio API', url, { headers, body: body.toString() }, now, explain);
    },
  };
}
