import { describe } from 'vitest';

/**
 * A suite that needs something from the machine (an X server, Chromium, mingw-w64): it runs
 * where `missing` is null; elsewhere it is reported as skipped with the reason in its title,
 * never as passed and never silently.
 */
export function describeWhere(missing: string | null, name: string, body: () => void): void {
  if (missing === null) describe(name, body);
  else describe.skip(`${name} (skipped: ${missing})`, body);
}
