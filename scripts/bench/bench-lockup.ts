/**
 * npm run bench:lockup [-- --runs 20 --idle-seconds 30]
 *
 * Measures browser-lockup detection as shipped: the real `holdon watch --json` (default
 * settings) on a private X server (Xvfb + openbox), with real Chromium:
 * - a scam page with a harmless title (only the text on the screen gives it away) opens in a
 *   normal window; once it has drawn, the window is made full screen (as F11 does) and the time
 *   to the incident line is taken; the first run includes starting the text reader (cold);
 * - a harmless full-screen video page plays while the screen is read: it must raise nothing;
 * - idle: a normal (not full-screen) Chromium window is open, and the watcher's CPU time (and
 *   its xprop listeners') is read from /proc over `--idle-seconds`, and its memory.
 * Only browser-lockup incidents count (other programs on the machine may start remote tools).
 * Prints one JSON object. Linux with Xvfb, openbox, x11-utils, wmctrl, x11-apps and Chromium.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  servePages,
  startChromium,
  startXSession,
  x11Missing,
  type ChromiumWindow,
  type XSession,
} from '../../tests/fakes/x-session';
import { cpuMs, percentile, round, rssMb } from './proc-stats';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    'idle-seconds': { type: 'string', default: '30' },
  },
});
const runs = Number(values.runs);
const idleSeconds = Number(values['idle-seconds']);
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'bin/holdon.js');

/** The watcher's helper processes (its xprop listeners), found by parent pid. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((p) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    });
}

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) return false;
    await sleep(5);
  }
  return true;
}

/** Waits for a managed window whose title contains `name`; returns its id. */
async function windowNamed(x: XSession, name: string): Promise<string> {
  for (let i = 0; i < 600; i += 1) {
    const list = execFileSync('wmctrl', ['-l'], { env: x.env, encoding: 'utf8' });
    const line = list.split('\n').find((l) => l.includes(name));
    if (line) return line.split(/\s+/)[0] ?? '';
    await sleep(50);
  }
  throw new Error(`no window named ${name}`);
}

async function main(): Promise<void> {
  const missing = x11Missing();
  if (missing) throw new Error(`bench:lockup needs an X11 desktop: ${missing}`);
  if (!existsSync(join(root, 'out/main/cli.js'))) throw new Error('Run "npm run build" first.');
  const dataDir = mkdtempSync(join(tmpdir(), 'holdon-bench-lockup-'));
  const x = await startXSession('1280x800');
  const pages = await servePages();
  const watch = spawn(process.execPath, [cli, 'watch', '--json'], {
    env: { ...x.env, HOLDON_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const watchPid = watch.pid;
  if (watchPid === undefined) throw new Error('holdon watch did not start');
  const incidents: { at: number; kind: string }[] = [];
  createInterface({ input: watch.stdout }).on('line', (line) => {
    const event = JSON.parse(line) as { type: string; kind: string };
    if (event.type === 'incident' && event.kind === 'browser-lockup')
      incidents.push({ at: performance.now(), kind: event.kind });
  });
  const browsers: ChromiumWindow[] = [];

  try {
    await sleep(1500); // the watcher's first looks
    // 1. A scam page goes full screen → incident.
    const latencies: number[] = [];
    let missed = 0;
    for (let i = 0; i < runs; i += 1) {
      const chromium = startChromium(x.env, pages.url('scam-fullscreen.html'));
      browsers.push(chromium);
      const id = await windowNamed(x, 'Resolving Blue Screen Errors');
      await sleep(1500); // the page draws
      const before = incidents.length;
      const t0 = performance.now();
      execFileSync('wmctrl', ['-i', '-r', id, '-b', 'add,fullscreen'], { env: x.env });
      if (await until(() => incidents.length > before, 15_000)) {
        latencies.push((incidents[before]?.at ?? t0) - t0);
      } else missed += 1;
      await chromium.stop();
      browsers.pop();
      await sleep(500);
    }

    // 2. A harmless full-screen video page: read three times (0.3, 1.3 and 5.3 s), no incident.
    const beforeVideo = incidents.length;
    const video = startChromium(x.env, pages.url('holiday-video.html'), 'kiosk');
    browsers.push(video);
    await windowNamed(x, 'Our trip to the coast');
    await sleep(8000);
    const videoIncidents = incidents.length - beforeVideo;
    await video.stop();
    browsers.pop();
    const rssWithReader = rssMb(watchPid);

    // 3. Idle: a normal browser window, nothing full screen.
    browsers.push(startChromium(x.env, pages.url('microsoft-support-article.html')));
    await windowNamed(x, 'Protect yourself');
    await sleep(3000);
    const helpers = childrenOf(watchPid);
    const helpersCpu = (): number => helpers.reduce((sum, p) => sum + cpuMs(p), 0);
    const cpuBefore = cpuMs(watchPid);
    const helpersBefore = helpersCpu();
    const t = performance.now();
    await sleep(idleSeconds * 1000);
    const wall = performance.now() - t;

    process.stdout.write(
      `${JSON.stringify({
        bench: 'lockup',
        display: '1280x800',
        scamPageFullscreenToIncident: {
          runs,
          detected: latencies.length,
          missed,
          coldFirstMs: round(latencies[0] ?? NaN),
          p50Ms: round(percentile(latencies, 50)),
          p95Ms: round(percentile(latencies, 95)),
          maxMs: round(Math.max(...latencies)),
          warmP50Ms: round(percentile(latencies.slice(1), 50)),
          warmP95Ms: round(percentile(latencies.slice(1), 95)),
        },
        benignFullscreenVideo: { incidents: videoIncidents, watchedSeconds: 8 },
        idleNoFullscreenBrowser: {
          seconds: round(wall / 1000),
          watcherCpuPercentOfOneCore: round(((cpuMs(watchPid) - cpuBefore) / wall) * 100, 2),
          xpropListenersCpuPercentOfOneCore: round(((helpersCpu() - helpersBefore) / wall) * 100, 2),
          xpropListeners: helpers.length,
          watcherRssMb: round(rssMb(watchPid)),
          xpropListenersRssMb: round(helpers.reduce((sum, p) => sum + rssMb(p), 0)),
          watcherRssWithTextReaderMb: round(rssWithReader),
        },
      })}\n`,
    );
  } finally {
    for (const b of browsers) await b.stop();
    watch.kill('SIGTERM');
    await new Promise((r) => watch.once('exit', r));
    await pages.close();
    await x.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
