/**
 * npm run bench:watch:windows [-- --starts 20 --idle-seconds 30]
 *
 * Under Wine: the built `holdon watch --json` with the process list Windows used before
 * (ps-list, which starts its fastlist.exe helper once a second) against the native one (one
 * NtQuerySystemInformation call through koffi, four times a second), in one run:
 * - latency from spawning a renamed tool to its incident line, p50/p95 over `--starts` starts;
 * - idle CPU over `--idle-seconds`: of the watch process alone, and of everything Wine runs
 *   together (wineserver, Wine's services, the watch, and the helpers it starts), read from a
 *   cgroup that holds the whole Wine session; Wine alone, without a watch, is measured first.
 * Prints one JSON object. These are Wine's figures on Linux, not Windows'.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  bundleForWindows,
  prepareWine,
  privateWinePrefix,
  repoRoot,
  runWinNode,
  wineUnavailable,
  winPath,
} from '../windows/wine';
import { cpuMs, percentile, round } from './proc-stats';

const { values } = parseArgs({
  options: { starts: { type: 'string', default: '20' }, 'idle-seconds': { type: 'string', default: '30' } },
});
const starts = Number(values.starts);
const idleSeconds = Number(values['idle-seconds']);

/** A cpuacct cgroup for the Wine session: every process Wine starts stays in it. */
function wineCgroup(): { dir: string; usageMs: () => number } | null {
  const base = '/sys/fs/cgroup/cpuacct';
  if (!existsSync(join(base, 'cgroup.procs'))) return null;
  const dir = join(base, `holdon-bench-${process.pid}`);
  try {
    mkdirSync(dir);
  } catch {
    return null;
  }
  return { dir, usageMs: () => Number(readFileSync(join(dir, 'cpuacct.usage'), 'utf8')) / 1e6 };
}

/** The Linux pid of the Wine process running `holdon watch`, or null. */
function watchPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('holdon.js') && cmd.includes('watch')) return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}

async function main(): Promise<void> {
  const unavailable = wineUnavailable();
  if (unavailable) throw new Error(unavailable);
  const fixtures = prepareWine();
  const bundle = await bundleForWindows(join(repoRoot, 'scripts/bench/bench-watch-windows.win.ts'));
  // Its own prefix: nothing else running in Wine is counted, and its wineserver is its own.
  const prefix = privateWinePrefix();
  // No wineserver runs for it yet: the one the run starts is inside the cgroup.
  const wineEnv = prefix.env;

  const group = wineCgroup();
  const out = mkdtempSync(join(tmpdir(), 'holdon-bench-windows-'));
  const args = ['-t', '900', '-o', out, bundle, winPath(fixtures), String(starts), String(idleSeconds)];
  const enter = group ? `echo $$ > ${group.dir}/cgroup.procs && ` : '';
  const run = spawn('sh', ['-c', `${enter}exec "$0" "$@"`, runWinNode, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: wineEnv,
  });
  const done = new Promise<number | null>((resolve) => run.once('exit', resolve));

  const cpu: Record<string, { wineTotalPercent: number | null; watchPercent: number | null }> = {};
  const open = new Map<
    string,
    { at: number; total: number | null; watch: number | null; pid: number | null }
  >();
  let handled = 0;
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    await sleep(50);
    const text = existsSync(join(out, 'stdout.txt')) ? readFileSync(join(out, 'stdout.txt'), 'utf8') : '';
    const lines = text.split('\n').filter((l) => l.startsWith('phase '));
    for (const line of lines.slice(handled)) {
      const [, name = '', edge] = line.split(' ');
      const pid = name.startsWith('wine') ? null : watchPid();
      const watch = pid === null ? null : cpuMs(pid);
      if (edge === 'begin')
        open.set(name, { at: performance.now(), total: group?.usageMs() ?? null, watch, pid });
      const start = open.get(name);
      if (edge === 'end' && start) {
        const wall = performance.now() - start.at;
        const total = group?.usageMs() ?? null;
        cpu[name] = {
          wineTotalPercent:
            total === null || start.total === null ? null : round(((total - start.total) / wall) * 100, 2),
          watchPercent:
            watch === null || start.watch === null ? null : round(((watch - start.watch) / wall) * 100, 2),
        };
      }
    }
    handled = lines.length;
  }
  const code = await done;
  if (group) {
    await new Promise((resolve) =>
      spawn('wineserver', ['-w'], { env: wineEnv, stdio: 'ignore' }).once('exit', resolve),
    );
    for (let i = 0; i < 50; i += 1) {
      try {
        rmdirSync(group.dir);
        break;
      } catch {
        await sleep(100);
      }
    }
  }
  prefix.remove();
  const stdout = readFileSync(join(out, 'stdout.txt'), 'utf8');
  const resultLine = stdout.split('\n').find((l) => l.startsWith('result '));
  if (code !== 0 || !resultLine) throw new Error(`the Windows side failed (exit ${code}):\n${stdout}`);
  const measured = JSON.parse(resultLine.slice('result '.length)) as Record<
    'ps-list' | 'native',
    { latenciesMs: number[]; missed: number }
  >;
  const summary = (mode: 'ps-list' | 'native') => ({
    latencyMs: {
      starts,
      missed: measured[mode].missed,
      p50: percentile(measured[mode].latenciesMs, 50),
      p95: percentile(measured[mode].latenciesMs, 95),
      max: Math.max(...measured[mode].latenciesMs),
    },
    idle: cpu[`idle-${mode}`] ?? null,
    duringStarts: cpu[`starts-${mode}`] ?? null,
  });
  const old = summary('ps-list');
  const now = summary('native');
  const wineAlone = cpu['wine-alone']?.wineTotalPercent ?? null;
  const watchCost = (s: typeof old): number | null =>
    s.idle?.wineTotalPercent == null || wineAlone === null
      ? null
      : round(s.idle.wineTotalPercent - wineAlone, 2);
  const result = {
    benchmark: 'watch:windows (under Wine)',
    idleSeconds,
    cpuUnit: 'percent of one core',
    wineAloneIdlePercent: wineAlone,
    old: { source: 'ps-list, once a second', ...old, idleCostOverWineAlone: watchCost(old) },
    new: {
      source: 'native (NtQuerySystemInformation), four times a second',
      ...now,
      idleCostOverWineAlone: watchCost(now),
    },
    targets: { newP95Ms: 500, newIdleCostBelowHalfOfOld: true },
  };
  const oldCost = result.old.idleCostOverWineAlone;
  const newCost = result.new.idleCostOverWineAlone;
  const pass =
    now.latencyMs.missed === 0 &&
    now.latencyMs.p95 <= 500 &&
    (oldCost === null || newCost === null || newCost < oldCost / 2);
  process.stdout.write(`${JSON.stringify({ ...result, pass }, null, 2)}\n`);
  writeFileSync(join(out, 'result.json'), JSON.stringify(result));
  if (!pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`bench:watch:windows: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
