import { appendFileSync } from 'node:fs';

/** One finished test, as both runners' summary reporters describe it. */
export interface TestTiming {
  readonly runner: 'vitest' | 'playwright';
  readonly name: string;
  readonly ms: number;
  /** The test's own timeout: it fails if it takes longer. */
  readonly deadlineMs: number;
  readonly status: 'passed' | 'failed' | 'flaky' | 'skipped';
}

/** "12.3 s of 30 s  name", slowest first. */
export function slowestLines(timings: readonly TestTiming[], count: number): string[] {
  return [...timings]
    .filter((t) => t.status !== 'skipped')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(
      (t) =>
        `  ${(t.ms / 1000).toFixed(1).padStart(5)} s of ${String(Math.round(t.deadlineMs / 1000)).padStart(3)} s  ${t.name}`,
    );
}

/** `npm run test:loaded` collects every test's timing in this file (one JSON line each). */
export function recordTimings(timings: readonly TestTiming[]): void {
  const file = process.env.HOLDON_TEST_TIMINGS_FILE;
  if (!file || timings.length === 0) return;
  appendFileSync(file, timings.map((t) => `${JSON.stringify(t)}\n`).join(''));
}
