import { afterAll, beforeAll } from 'vitest';
import { servePages, startXSession, type XSession } from '../fakes/x-session';
import { realDesktopTimeoutMs } from './describe-where';

/**
 * For a Vitest suite on a real desktop: one private X server (with openbox) and the test pages'
 * server for the whole suite, started before its first test (with the real-desktop deadline)
 * and stopped after its last. Read `x` and `pages` inside tests.
 */
export function useRealDesktop(): {
  readonly x: XSession;
  readonly pages: Awaited<ReturnType<typeof servePages>>;
} {
  let x: XSession | null = null;
  let pages: Awaited<ReturnType<typeof servePages>> | null = null;
  beforeAll(async () => {
    x = await startXSession();
    pages = await servePages();
  }, realDesktopTimeoutMs);
  afterAll(async () => {
    await pages?.close();
    await x?.stop();
  });
  const started = <T>(value: T | null): T => {
    if (value === null) throw new Error('the real desktop is not started yet (read it inside a test)');
    return value;
  };
  return {
    get x() {
      return started(x);
    },
    get pages() {
      return started(pages);
    },
  };
}
