import type { DeliveryReason } from '../../../../../shared/model/alert';
import { redactAddresses } from '../../../../../shared/settings/redact';

/** A host and port the dispatcher can probe cheaply while it waits for a server to come back. */
export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

export interface DeliveryErrorOptions {
  /** The server asked to wait this long (HTTP Retry-After). */
  readonly retryAfterMs?: number;
  /** The server could not be reached at all: probing it tells when to try again. */
  readonly unreachable?: Endpoint;
  /** What the screens say (default: `refused` when permanent, `unreachable` otherwise). */
  readonly reason?: DeliveryReason;
}

/**
 * A failed send. `permanent` failures (wrong password, refused address) are not retried and
 * show their reason; the others (network down, server busy) are retried with backoff.
 */
export class DeliveryError extends Error {
  readonly retryAfterMs: number | undefined;
  readonly unreachable: Endpoint | undefined;
  readonly reason: DeliveryReason;

  constructor(
    message: string,
    readonly permanent: boolean,
    options: DeliveryErrorOptions = {},
  ) {
    // The reason is stored, shown and logged: an address in it keeps only its server.
    super(redactAddresses(message));
    this.name = 'DeliveryError';
    this.retryAfterMs = options.retryAfterMs;
    this.unreachable = options.unreachable;
    this.reason = options.reason ?? (permanent ? 'refused' : 'unreachable');
  }
}

export function unreadableSecret(what: string, field: string): DeliveryError {
  return new DeliveryError(
    `The saved ${what} could not be read on this computer. Enter it again ("${field}").`,
    true,
    { reason: 'secret-unreadable' },
  );
}
