import type { ApiError, ApiErrorCode } from './result';

/** Thrown by a handler to return a typed error instead of a crash. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
    readonly extra: Pick<ApiError, 'lockedUntil' | 'triesLeft' | 'problems' | 'retryAfterMs'> = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  toError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...this.extra,
    };
  }
}
