/**
 * The Windows side of `npm run bench:watch:windows`, run by Windows node under Wine (bundled by
 * scripts/bench/bench-watch-windows.ts). Arguments: fixtures folder (Windows path), starts,
 * idle seconds. For each process list (ps-list, the list Windows used before, then the native
 * one) it runs the built `holdon watch --json`, keeps it idle (the Linux side measures CPU
 * between the `phase … begin` and `phase … end` lines), then starts a renamed tool again and
 * again and times each from spawn to its incident line. Prints `result {json}` at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const [fixtures = '', startsText = '20', idleText = '30'] = process.argv.slice(2);
const starts = Number(startsText);
const idleSeconds = Number(idleText);
const holdon = join(resolve(__dirname, '../..'), 'bin', 'holdon.js');
const work = mkdtempSync(join(tmpdir(), 'holdon-bench-'));
const tool = join(work, 'AnyDesk.exe');
copyFileSync(join(fixtures, 'holdon-sleeper.exe'), tool);

const phase = (name: string, edge: 'begin' | 'end'): void => console.log(`phase ${name} ${edge}`);

async function measure(mode: 'ps-list' | 'native'): Promise<{ latenciesMs: number[]; missed: number }> {
  const env = { ...process.env };
  if (mode === 'ps-list') env.HOLDON_PROCESS_LIST = 'ps-list';
  else delete env.HOLDON_PROCESS_LIST;
  const watch = spawn(process.execPath, [holdon, 'watch', '--json'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const waiting = new Map<number, (at: number) => void>();
  createInterface({ input: watch.stdout ?? process.stdin }).on('line', (line) => {
    const at = performance.now();
    const incident = JSON.parse(line) as { type: string; pid: number | null };
    if (incident.pid !== null) waiting.get(incident.pid)?.(at);
  });
  await sleep(6000); // started, and its first looks done
  phase(`idle-${mode}`, 'begin');
  await sleep(idleSeconds * 1000);
  phase(`idle-${mode}`, 'end');

  const latenciesMs: number[] = [];
  let missed = 0;
  phase(`starts-${mode}`, 'begin');
  for (let i = 0; i < starts; i += 1) {
    const child: ChildProcess = spawn(tool, ['60'], { stdio: 'ignore' });
    const began = performance.now();
    const pid = child.pid ?? -1;
    const seen = new Promise<number>((done) => waiting.set(pid, done));
    const at = await Promise.race([seen, sleep(5000).then(() => NaN)]);
    if (Number.isNaN(at)) missed += 1;
    else latenciesMs.push(Math.round(at - began));
    waiting.delete(pid);
    child.kill();
    await new Promise((done) => child.once('exit', done));
    // A random pause, so starts fall anywhere within the watcher's polling cycle.
    await sleep(500 + Math.random() * 500);
  }
  phase(`starts-${mode}`, 'end');
  await sleep(300); // the Linux side reads the watch's CPU time at the end line
  watch.kill();
  await new Promise((done) => watch.once('exit', done));
  return { latenciesMs, missed };
}

async function main(): Promise<void> {
  phase('wine-alone', 'begin');
  await sleep(idleSeconds * 1000);
  phase('wine-alone', 'end');
  const psList = await measure('ps-list');
  await sleep(2000);
  const native = await measure('native');
  console.log(`result ${JSON.stringify({ 'ps-list': psList, native })}`);
}

main()
  .catch((error: unknown) => {
    console.log(`error ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
