/**
 * The e-mail services most families use, with their outgoing mail server, so a caregiver picks
 * "Gmail" and types an address and an app password instead of a server address. Each needs an
 * app password (a password made for one app) once two-step sign-in is on; `help` is the message
 * key of the one sentence that says where to make it. The settings file keeps the `smtp://` URL.
 *
 * Servers and ports as each provider documents them: Gmail smtp.gmail.com:587 STARTTLS;
 * Outlook.com smtp-mail.outlook.com:587 STARTTLS; iCloud smtp.mail.me.com:587 STARTTLS; Yahoo
 * smtp.mail.yahoo.com:465 TLS; GMX mail.gmx.net:587 STARTTLS; WEB.DE smtp.web.de:587 STARTTLS;
 * Telekom (T-Online) securesmtp.t-online.de:465 TLS.
 */
import { decodedPart, urlPassword } from './secret-fields';

export const emailProviders = [
  { id: 'gmail', name: 'Gmail', host: 'smtp.gmail.com', port: 587, tls: 'starttls' },
  { id: 'outlook', name: 'Outlook / Hotmail', host: 'smtp-mail.outlook.com', port: 587, tls: 'starttls' },
  { id: 'icloud', name: 'iCloud Mail', host: 'smtp.mail.me.com', port: 587, tls: 'starttls' },
  { id: 'yahoo', name: 'Yahoo Mail', host: 'smtp.mail.yahoo.com', port: 465, tls: 'tls' },
  { id: 'gmx', name: 'GMX', host: 'mail.gmx.net', port: 587, tls: 'starttls' },
  { id: 'webde', name: 'WEB.DE', host: 'smtp.web.de', port: 587, tls: 'starttls' },
  { id: 'tonline', name: 'T-Online', host: 'securesmtp.t-online.de', port: 465, tls: 'tls' },
] as const;

export type EmailProviderId = (typeof emailProviders)[number]['id'] | 'other';

/** The parts of an `smtp://` URL the e-mail boxes edit. */
export interface EmailAccount {
  readonly provider: EmailProviderId;
  readonly host: string;
  readonly port: number;
  /** The sign-in name: for every provider above, the e-mail address. */
  readonly user: string;
  readonly password: string;
}

/**
 * App passwords are shown in groups ("abcd efgh ijkl mnop") and typed that way; the spaces are
 * not part of them. Only the spaces between groups of letters are dropped, so a password
 * typed for "Other" keeps an inner space that was meant.
 */
export function appPassword(typed: string): string {
  const trimmed = typed.trim();
  return /^[A-Za-z0-9]{4}( [A-Za-z0-9]{4})+$/.test(trimmed) ? trimmed.replace(/ /g, '') : trimmed;
}

/**
 * The URL the settings keep. STARTTLS is required (never plain text: an app password must not
 * cross the network readable), so `requireTLS=true`; port 465 is TLS from the first byte.
 */
export function smtpUrlOf(account: EmailAccount): string {
  const preset = emailProviders.find((p) => p.id === account.provider);
  const host = preset?.host ?? account.host.trim();
  const port = preset?.port ?? account.port;
  const tls = preset?.tls ?? (port === 465 ? 'tls' : 'starttls');
  const auth = `${encodeURIComponent(account.user.trim())}:${encodeURIComponent(appPassword(account.password))}`;
  const scheme = tls === 'tls' ? 'smtps' : 'smtp';
  return `${scheme}://${auth}@${host}:${port}${tls === 'starttls' ? '/?requireTLS=true' : ''}`;
}

/** The boxes for a stored URL: the provider whose server it names, or "Other". */
export function accountOf(smtpUrl: string | undefined): EmailAccount {
  const empty: EmailAccount = { provider: 'gmail', host: '', port: 587, user: '', password: '' };
  if (!smtpUrl) return empty;
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    return { ...empty, provider: 'other' };
  }
  const host = url.hostname;
  const port = Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587);
  const preset = emailProviders.find((p) => p.host === host && p.port === port);
  return {
    provider: preset?.id ?? 'other',
    host,
    port,
    user: decodedPart(url.username),
    password: urlPassword(url),
  };
}
