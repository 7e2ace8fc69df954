import { existsSync } from 'node:fs';

/**
 * Playwright drives the system Chromium (Debian's `chromium` package), because its own browser
 * download is not available everywhere. CHROMIUM_PATH overrides the location.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => typeof p === 'string' && existsSync(p));
}
