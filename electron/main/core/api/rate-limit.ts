import { ApiFailure } from '../../../../shared/ipc/api-failure';

/**
 * How often a request that sends messages to the family may be made: a caller saying "press
 * Send again" sixty times must not flood the family's phones (and bury the alert that matters).
 * At most `perKey` within `windowMs` for one key (a contact), and `total` for all keys together.
 */
export function createRateLimit(options: {
  readonly perKey: number;
  readonly total: number;
  readonly windowMs: number;
  readonly now: () => number;
}): { take(key: string): void } {
  const taken: { key: string; at: number }[] = [];
  return {
    take(key) {
      const now = options.now();
      while (taken.length > 0 && (taken[0]?.at ?? now) <= now - options.windowMs) taken.shift();
      const mine = taken.filter((t) => t.key === key);
      const full = mine.length >= options.perKey ? mine : taken.length >= options.total ? taken : null;
      if (full) {
        const retryAfterMs = Math.max(1, (full[0]?.at ?? now) + options.windowMs - now);
        throw new ApiFailure('rate-limited', 'asked for too often; try again later', undefined, {
          retryAfterMs,
        });
      }
      taken.push({ key, at: now });
    },
  };
}
