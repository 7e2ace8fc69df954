/** Errors that survive the trip across IPC or the preview WebSocket. */
export type ApiErrorCode =
  'unknown-channel' | 'bad-request' | 'invalid-settings' | 'not-permitted' | 'not-found' | 'internal';

export interface ApiError {
  readonly code: ApiErrorCode;
  readonly message: string;
  /** The request or settings field the error is about, as a dotted path (`contacts[0].name`). */
  readonly field?: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
