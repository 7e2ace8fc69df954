import { describe } from 'vitest';

/**
 * A suite that needs something from the machine (an X server, Chromium, mingw-w64): it runs
 * where `missing` is null; elsewhere it is reported as skipped with the reason in its title,
 * never as passed and never silently.
 */
export function describeWhere(
  missing: string | null,
  name: string,
  body: () => void,
  options: { readonly timeout?: number } = {},
): void {
  if (missing === null) describe(name, options, body);
  else describe.skip(`${name} (skipped: ${missing})`, body);
}

/**
 * The deadline of a test on a real desktop (a private X server, real Chromium, reading the
 * screen). Idle such a test takes up to 17 s; with two test suites running at once on two cores
 * one took 30.6 s, and setting up its X server alone took 38 s. Three times the worst seen for
 * the test, so a busy machine is not a failure, and a hang still ends.
 */
export const realDesktopTimeoutMs = 90_000;
