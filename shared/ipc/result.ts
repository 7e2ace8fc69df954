/** Errors that survive the trip across IPC or the preview WebSocket. */
export type ApiErrorCode =
  | 'unknown-channel'
  | 'bad-request'
  | 'invalid-settings'
  | 'not-permitted'
  | 'not-found'
  | 'internal'
  /** The request lowers protection and carries no PIN, or no caregiver PIN has been set yet. */
  | 'pin-required'
  | 'wrong-pin'
  /** Too many wrong PINs: `lockedUntil` says when it may be tried again. */
  | 'pin-locked'
  /** The PIN's hash is bound to a key this computer no longer has: only `holdon pin reset` helps. */
  | 'pin-unreadable'
  /** Asked for too often (messages to the family, or a flood of requests): `retryAfterMs` says when. */
  | 'rate-limited';

/** One box the settings were refused for, as the screens say it (see settings-validation.ts). */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly max?: number;
}

export interface ApiError {
  readonly code: ApiErrorCode;
  readonly message: string;
  /** The request or settings field the error is about, as a dotted path (`contacts[0].name`). */
  readonly field?: string;
  /** For `pin-locked`: epoch ms when the PIN may be tried again. */
  readonly lockedUntil?: number;
  /** For `rate-limited`: how long to wait before asking again. */
  readonly retryAfterMs?: number;
  /** For `wrong-pin`: tries left before the PIN locks. */
  readonly triesLeft?: number;
  /** For `invalid-settings`: every box that is wrong, each with its code. */
  readonly problems?: readonly FieldProblem[];
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
