/**
 * npm run bench:watch [-- --runs 40 --idle-seconds 60 --churn 10000]
 *
 * Measures the process watcher as shipped: it runs the real `holdon watch --json` (default
 * settings) in its own process and
 * - starts real processes (copies of `sleep` renamed after real tools) and times each from
 *   spawn to the incident line (the incident is stored before the line is printed), with
 *   300+ other processes running;
 * - reads the watcher's CPU time over an idle minute;
 * - reads its resident memory before and after 10,000 process starts and exits.
 * Prints one JSON object. Linux only (it reads /proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { cpuMs, percentile, round, rssMb } from './proc-stats';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    'idle-seconds': { type: 'string', default: '60' },
    churn: { type: 'string', default: '10000' },
    background: { type: 'string', default: '320' },
  },
});
const runs = Number(values.runs);
const idleSeconds = Number(values['idle-seconds']);
const churn = Number(values.churn);
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'bin/holdon.js');
if (!existsSync(join(root, 'out/main/cli.js'))) throw new Error('Run "npm run build" first.');

const work = mkdtempSync(join(tmpdir(), 'holdon-bench-'));
const toolNames = [
  'AnyDesk.exe',
  'TeamViewer.exe',
  'UltraViewer_Desktop.exe',
  'rustdesk.exe',
  'Supremo.exe',
  'AeroAdmin.exe',
];
for (const name of toolNames) copyFileSync('/bin/sleep', join(work, name));
const groups: ChildProcess[] = [];

/** A shell that starts `count` sleeps in the background: the load lives outside this process. */
function shellGroup(script: string): ChildProcess {
  const child = spawn('/bin/bash', ['-c', script], { detached: true, stdio: 'ignore' });
  groups.push(child);
  return child;
}
const countProcesses = (): number => readdirSync('/proc').filter((e) => /^\d+$/.test(e)).length;

async function main(): Promise<void> {
  const wanted = Number(values.background);
  const toAdd = Math.max(0, wanted - countProcesses());
  shellGroup(`for i in $(seq ${toAdd}); do sleep 3600 & done; wait`);
  while (countProcesses() < wanted) await sleep(50);
  const otherProcesses = countProcesses();

  const watcher = spawn(process.execPath, [cli, 'watch', '--json'], {
    env: { ...process.env, HOLDON_DATA_DIR: join(work, 'data') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: watcher.stdout });
  const waiting = new Map<string, (at: number) => void>();
  lines.on('line', (line) => {
    const at = performance.now();
    const incident = JSON.parse(line) as { type: string; processName: string };
    if (incident.type === 'incident') waiting.get(incident.processName)?.(at);
  });
  await sleep(1500); // let the first look finish

  // 1. Latency from exec to incident.
  const latencies: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const name = toolNames[i % toolNames.length] ?? 'AnyDesk.exe';
    const seen = new Promise<number>((done) => waiting.set(name, done));
    const start = performance.now();
    const child = spawn(join(work, name), ['60'], { stdio: 'ignore' });
    const at = await Promise.race([seen, sleep(5000).then(() => NaN)]);
    latencies.push(at - start);
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    // A random pause so starts fall anywhere within the watcher's polling cycle.
    await sleep(400 + Math.random() * 300);
  }

  // 2. Idle CPU.
  const cpuBefore = cpuMs(watcher.pid ?? 0);
  await sleep(idleSeconds * 1000);
  const idleCpuPercent = ((cpuMs(watcher.pid ?? 0) - cpuBefore) / (idleSeconds * 1000)) * 100;

  // 3. Memory over many process starts and exits (after a warm-up of 1,000).
  const batch = 100;
  const churnScript = (n: number) =>
    `for b in $(seq ${Math.ceil(n / batch)}); do for i in $(seq ${batch}); do sleep 0.3 & done; wait; done`;
  await new Promise((done) => shellGroup(churnScript(1000)).once('exit', done));
  await sleep(3000);
  const rssBefore = rssMb(watcher.pid ?? 0);
  const churnStart = performance.now();
  const churnCpuBefore = cpuMs(watcher.pid ?? 0);
  await new Promise((done) => shellGroup(churnScript(churn)).once('exit', done));
  const churnSeconds = (performance.now() - churnStart) / 1000;
  const churnCpuPercent = ((cpuMs(watcher.pid ?? 0) - churnCpuBefore) / (churnSeconds * 1000)) * 100;
  await sleep(5000);
  const rssAfter = rssMb(watcher.pid ?? 0);

  const missed = latencies.filter((l) => Number.isNaN(l)).length;
  const measured = latencies.filter((l) => !Number.isNaN(l));
  const result = {
    benchmark: 'watch',
    settings: { pollMs: 250, source: 'linux-proc' },
    otherProcesses,
    latencyMs: {
      runs,
      missed,
      p50: round(percentile(measured, 50)),
      p95: round(percentile(measured, 95)),
      max: round(Math.max(...measured)),
    },
    idle: { seconds: idleSeconds, cpuPercentOfOneCore: round(idleCpuPercent, 3) },
    churn: {
      processStartsAndExits: churn,
      seconds: round(churnSeconds),
      cpuPercentOfOneCore: round(churnCpuPercent, 2),
    },
    rssMb: { before: round(rssBefore), after: round(rssAfter), growth: round(rssAfter - rssBefore, 2) },
    targets: { p50Ms: 300, p95Ms: 700, idleCpuPercent: 0.5, rssGrowthMb: 5 },
  };
  const pass =
    missed === 0 &&
    result.latencyMs.p50 <= 300 &&
    result.latencyMs.p95 <= 700 &&
    result.idle.cpuPercentOfOneCore <= 0.5 &&
    result.rssMb.growth < 5;
  process.stdout.write(`${JSON.stringify({ ...result, pass }, null, 2)}\n`);
  watcher.kill('SIGTERM');
  await new Promise((done) => watcher.once('exit', done));
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench:watch failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const group of groups) {
      try {
        if (group.pid) process.kill(-group.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(work, { recursive: true, force: true });
  });
