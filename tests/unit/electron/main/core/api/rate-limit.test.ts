import { describe, expect, it } from 'vitest';
import { createRateLimit } from '../../../../../../electron/main/core/api/rate-limit';
import { ApiFailure } from '../../../../../../shared/ipc/api-failure';

describe('the rate limit on messages to the family', () => {
  it('allows a few per contact and a few more in all, then says how long to wait', () => {
    let now = 1_000_000;
    const limit = createRateLimit({ perKey: 3, total: 5, windowMs: 600_000, now: () => now });
    for (let i = 0; i < 3; i += 1) limit.take('Ann');
    let refused: unknown = null;
    try {
      limit.take('Ann');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ApiFailure);
    expect((refused as ApiFailure).toError()).toMatchObject({ code: 'rate-limited', retryAfterMs: 600_000 });
    limit.take('Bob');
    limit.take('Bob');
    // Five in all within the window: a third contact waits too.
    expect(() => limit.take('Carla')).toThrow(ApiFailure);
    now += 60_000;
    expect(() => limit.take('Ann')).toThrow(ApiFailure);
    // Once the window has passed, it is allowed again.
    now += 540_000;
    expect(() => limit.take('Ann')).not.toThrow();
  });
});
