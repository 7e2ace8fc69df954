import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { expectTimeoutMs } from './deadlines';
import { recordTimings, slowestLines, type TestTiming } from '../../support/test-summary';

/**
 * After the run: why each skipped test was skipped (a skip is never mistaken for a pass), the
 * tests that failed once and passed on their retry (flaky, by name: each is a bug to fix), and
 * the slowest tests against their deadline.
 */
export default class SummaryReporter implements Reporter {
  private readonly skipped: string[] = [];
  private readonly flaky: string[] = [];
  private readonly timings = new Map<string, TestTiming>();
  /** The longest wait for a state on the screen (an `expect`) in each test, against its deadline. */
  private readonly waits = new Map<string, { name: string; ms: number; what: string }>();
  onStepEnd(test: TestCase, _result: TestResult, step: TestStep): void {
    if (step.category !== 'expect') return;
    const longest = this.waits.get(test.id);
    if (!longest || step.duration > longest.ms)
      this.waits.set(test.id, {
        name: test.titlePath().slice(1).join(' › '),
        ms: step.duration,
        what: step.title,
      });
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const name = test.titlePath().slice(1).join(' › ');
    if (result.status === 'skipped') {
      const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
      this.skipped.push(`  skipped: ${name}\n           ${reason}`);
      return;
    }
    const flaky = result.status === 'passed' && result.retry > 0;
    if (flaky) this.flaky.push(`  flaky: ${name}`);
    // A retried test ends twice; its last try is what counts.
    this.timings.set(test.id, {
      runner: 'playwright',
      name,
      ms: result.duration,
      deadlineMs: test.timeout,
      status: flaky ? 'flaky' : result.status === 'passed' ? 'passed' : 'failed',
    });
  }

  onEnd(result: FullResult): void {
    const out: string[] = [];
    if (this.skipped.length > 0) out.push('Skipped tests and why:', ...this.skipped);
    if (this.flaky.length > 0)
      out.push('Flaky tests (passed only on their retry; each one is a bug):', ...this.flaky);
    recordTimings([...this.timings.values()]);
    const slowest = slowestLines([...this.timings.values()], 5);
    if (slowest.length > 0 && result.status !== 'interrupted')
      out.push('Slowest tests against their deadline:', ...slowest);
    const waits = [...this.waits.values()].sort((a, b) => b.ms - a.ms).slice(0, 5);
    if (waits.length > 0 && result.status !== 'interrupted') {
      out.push(`Longest waits for the screen against their deadline (${expectTimeoutMs / 1000} s):`);
      for (const w of waits) out.push(`  ${(w.ms / 1000).toFixed(1).padStart(5)} s  ${w.name}: ${w.what}`);
    }
    if (out.length > 0) process.stdout.write(`\n${out.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
