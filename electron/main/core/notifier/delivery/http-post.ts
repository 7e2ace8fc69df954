import { DeliveryError, type Endpoint } from './delivery-error';

/** Where a URL connects, for the reachability probe. */
export function endpointOf(url: string): Endpoint {
  const u = new URL(url);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port) || (u.protocol === 'https:' ? 443 : 80),
  };
}

/**
 * Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3,
 * https://www.rfc-editor.org/rfc/rfc9110#field.retry-after).
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const certificateCodes = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
]);

/**
 * fetch() rejects with a TypeError whose `cause` carries the socket error. A certificate that
 * does not check out will not fix itself: permanent. Everything else (refused, reset, timed
 * out, no DNS answer) is the network or the server being down: retried, and probed.
 */
export function networkFailure(service: string, url: string, error: unknown): DeliveryError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { name?: string }).name ?? '';
  if (certificateCodes.has(code)) {
    return new DeliveryError(`The ${service} certificate is not valid (${code}).`, true, {
      reason: 'certificate',
    });
  }
  const detail = code === 'TimeoutError' ? 'no answer within 15 seconds' : (cause?.message ?? String(error));
  return new DeliveryError(`Could not reach the ${service}: ${detail}`, false, {
    unreachable: endpointOf(url),
  });
}

/**
 * An HTTP answer that is not a success. Following RFC 9110: 408 (timeout), 425, 429 (too many
 * requests, honouring Retry-After) and 5xx are worth trying again; other 4xx (bad request,
 * unauthorized, forbidden, not found, gone, too large) will fail the same way every time.
 * Redirects are not followed for a POST (its body would be dropped): the address is wrong.
 */
export function httpFailure(service: string, response: Response, detail: string, now: number): DeliveryError {
  const status = response.status;
  const said = detail ? `: ${detail}` : '';
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
    return new DeliveryError(
      `The ${service} is busy or failing (HTTP ${status})${said}`,
      false,
      retryAfterMs === undefined ? { reason: 'busy' } : { retryAfterMs, reason: 'busy' },
    );
  }
  if (status >= 300 && status < 400) {
    // A whole address is cut to its server where the error is made; a path alone is a webhook's
    // token as much as a whole address is, so it is not repeated.
    const location = response.headers.get('location');
    const where = location && /^https?:\/\//i.test(location) ? location : location ? 'another address' : null;
    return new DeliveryError(
      `The ${service} answered with a redirect (HTTP ${status}${where ? ` to ${where}` : ''}); use that address instead.`,
      true,
      { reason: 'redirect' },
    );
  }
  if (status === 401 || status === 403) {
    return new DeliveryError(`The ${service} refused the credentials (HTTP ${status})${said}`, true, {
      reason: 'login-refused',
    });
  }
  if (status === 404 || status === 410) {
    return new DeliveryError(`The ${service} does not know this address (HTTP ${status})${said}`, true, {
      reason: 'unknown-address',
    });
  }
  return new DeliveryError(`The ${service} refused the message (HTTP ${status})${said}`, true);
}

/** Reads at most 500 characters of an error answer, for the reason shown to the caregiver. */
export async function shortText(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, 500).trim();
  } catch {
    return '';
  }
}

/** Every call gets a deadline, so a server that accepts and never answers is retried, not waited on. */
export const requestTimeoutMs = 15_000;

/**
 * The one HTTP POST every HTTP channel makes: a deadline, no redirects followed, the answer's
 * body released on success; a failure becomes a DeliveryError, permanent or worth retrying.
 * `explain` turns an error answer into the reason (default: the status and the first words of
 * the answer).
 */
export async function postHttp(
  service: string,
  url: string,
  request: { readonly headers: Readonly<Record<string, string>>; readonly body: string },
  now: () => number,
  explain?: (response: Response) => Promise<DeliveryError>,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
  } catch (error) {
    throw networkFailure(service, url, error);
  }
  if (response.ok) {
    await response.body?.cancel();
    return;
  }
  throw explain ? await explain(response) : httpFailure(service, response, await shortText(response), now());
}
