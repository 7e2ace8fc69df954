import { describe, expect, it } from 'vitest';
import {
  httpFailure,
  networkFailure,
  parseRetryAfter,
} from '../../../../../../../electron/main/core/notifier/delivery/http-post';

const now = Date.UTC(2026, 10, 30, 12, 0, 0);
const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers });

describe('HTTP failures: retry or give up', () => {
  it('retries timeouts, too-many-requests and server errors, honouring Retry-After', () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) {
      expect(httpFailure('ntfy server', answer(status), '', now).permanent).toBe(false);
    }
    expect(httpFailure('ntfy server', answer(429, { 'Retry-After': '120' }), '', now).retryAfterMs).toBe(
      120_000,
    );
    const date = new Date(now + 90_000).toUTCString();
    expect(httpFailure('ntfy server', answer(503, { 'Retry-After': date }), '', now).retryAfterMs).toBe(
      90_000,
    );
  });

  it('gives up on bad requests, refused credentials, unknown addresses and redirects', () => {
    for (const status of [400, 401, 403, 404, 410, 413, 422, 301, 302, 307]) {
      expect(httpFailure('webhook server', answer(status), '', now).permanent).toBe(true);
    }
    // The reason is stored and shown: the new address keeps only its server (a path can be a token).
    expect(
      httpFailure('webhook server', answer(308, { Location: 'https://new.example/h/T0k3n' }), '', now)
        .message,
    ).toBe(
      'The webhook server answered with a redirect (HTTP 308 to https://new.example/•••); use that address instead.',
    );
    // A path alone (the same server) is not repeated either.
    expect(httpFailure('webhook server', answer(307, { Location: '/h/T0k3n' }), '', now).message).toBe(
      'The webhook server answered with a redirect (HTTP 307 to another address); use that address instead.',
    );
    const echoed = 'no route for https://hooks.example.org/services/T0/B0/s3cr3t?key=k';
    expect(httpFailure('webhook server', answer(404), echoed, now).message).not.toMatch(/s3cr3t|key=k/);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores nonsense', () => {
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('retries a network failure and names the server to probe; a bad certificate is permanent', () => {
    const refused = networkFailure('ntfy server', 'https://ntfy.example:8443/t', {
      cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
    });
    expect(refused).toMatchObject({ permanent: false, unreachable: { host: 'ntfy.example', port: 8443 } });
    const expired = networkFailure('ntfy server', 'https://ntfy.sh/t', {
      cause: { code: 'CERT_HAS_EXPIRED' },
    });
    expect(expired).toMatchObject({
      permanent: true,
      message: 'The ntfy server certificate is not valid (CERT_HAS_EXPIRED).',
    });
  });
});
