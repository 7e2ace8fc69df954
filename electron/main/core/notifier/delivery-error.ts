/**
 * A failed send. `permanent` failures (wrong password, refused address) are not retried and
 * show their reason; the others (network down, server busy) are retried with backoff.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
