/**
 * `npm run test:loaded`: the Vitest and Playwright suites on a busy machine. While they run,
 * worker threads keep every core busy, and another program starts and stops copies of `sleep`
 * named like remote tools (AnyDesk.exe, TeamViewer.exe, rustdesk) every 4 seconds: exactly what
 * a leaked test process or a second clone's run would do. A test that sees those, or that
 * needs more time than its deadline under load, is a bug.
 *
 * Playwright runs as in CI (one retry): a test that passed only on its retry is listed as
 * flaky and fails this run. Prints the slowest tests against their deadlines, and exits 1 on
 * any failure or flaky test.
 *
 *   npm run test:loaded [-- --skip-build]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { slowestLines, type TestTiming } from '../tests/support/test-summary';

const root = join(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'holdon-test-loaded-'));
const timingsFile = join(work, 'timings.jsonl');

/** One busy loop per core, in this process: the suites share the machine with it. */
function keepCoresBusy(): Worker[] {
  return Array.from(
    { length: availableParallelism() },
    () => new Worker('for (;;) Math.sqrt(Math.random());', { eval: true }),
  );
}

/** Remote-tool-named processes that come and go, outside the test runs' own process trees. */
function churnRemoteTools(): { stop(): void; started(): number } {
  const names = ['AnyDesk.exe', 'TeamViewer.exe', 'rustdesk'];
  const live = new Set<ChildProcess>();
  let started = 0;
  const round = (): void => {
    for (const name of names) {
      const path = join(work, name);
      copyFileSync('/bin/sleep', path);
      const child = spawn(path, ['2'], { stdio: 'ignore' });
      started += 1;
      live.add(child);
      child.once('exit', () => live.delete(child));
    }
  };
  round();
  const timer = setInterval(round, 4000);
  return {
    stop() {
      clearInterval(timer);
      for (const child of live) child.kill('SIGKILL');
    },
    started: () => started,
  };
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const env = { ...process.env, CI: process.env.CI ?? '1', HOLDON_TEST_TIMINGS_FILE: timingsFile };
  const load = keepCoresBusy();
  const churn = churnRemoteTools();
  const startedAt = Date.now();
  const codes = await Promise.resolve()
    .then(async () => [
      await run('npx', ['vitest', 'run'], env),
      await run('npx', ['playwright', 'test'], env),
    ])
    .finally(async () => {
      churn.stop();
      await Promise.all(load.map((w) => w.terminate()));
    });
  const [vitest, playwright] = codes;
  const timings = readFileSync(timingsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TestTiming);
  rmSync(work, { recursive: true, force: true });
  const flaky = timings.filter((t) => t.status === 'flaky');
  const failed = timings.filter((t) => t.status === 'failed');
  const out = [
    '',
    `test:loaded: ${timings.length} tests in ${Math.round((Date.now() - startedAt) / 1000)} s, with ${load.length} busy threads and ${churn.started()} remote-tool-named processes started beside them`,
    `  Vitest: ${vitest === 0 ? 'passed' : 'FAILED'}, Playwright: ${playwright === 0 ? 'passed' : 'FAILED'}`,
    'Slowest Vitest tests against their deadline:',
    ...slowestLines(
      timings.filter((t) => t.runner === 'vitest'),
      10,
    ),
    'Slowest Playwright tests against their deadline:',
    ...slowestLines(
      timings.filter((t) => t.runner === 'playwright'),
      10,
    ),
    ...(failed.length > 0 ? ['Failed:', ...failed.map((t) => `  ${t.runner}: ${t.name}`)] : []),
    ...(flaky.length > 0
      ? ['Flaky (passed only on a retry):', ...flaky.map((t) => `  ${t.runner}: ${t.name}`)]
      : []),
  ];
  console.log(out.join('\n'));
  process.exit(vitest === 0 && playwright === 0 && flaky.length === 0 ? 0 : 1);
}

void main();
