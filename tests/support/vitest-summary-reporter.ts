import type { Reporter, TestCase } from 'vitest/node';
import { recordTimings, slowestLines, type TestTiming } from './test-summary';

/** After the run: the slowest tests against their deadline (each test's own timeout). */
export default class VitestSummaryReporter implements Reporter {
  private readonly timings: TestTiming[] = [];

  onTestCaseResult(test: TestCase): void {
    const result = test.result();
    const diagnostic = test.diagnostic();
    this.timings.push({
      runner: 'vitest',
      name: `${test.module.moduleId.replace(`${process.cwd()}/`, '')} › ${test.fullName}`,
      ms: diagnostic?.duration ?? 0,
      deadlineMs: test.options.timeout ?? 30_000,
      status:
        result.state === 'passed'
          ? (diagnostic?.retryCount ?? 0) > 0
            ? 'flaky'
            : 'passed'
          : result.state === 'failed'
            ? 'failed'
            : 'skipped',
    });
  }

  onTestRunEnd(): void {
    recordTimings(this.timings);
    const lines = slowestLines(this.timings, 5);
    if (lines.length > 0)
      process.stdout.write(`\nSlowest tests against their deadline:\n${lines.join('\n')}\n`);
  }
}
