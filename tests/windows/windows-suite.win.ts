/**
 * The Windows suite's checks, run by the Windows build of Node under Wine (bundled to CommonJS
 * by scripts/windows/windows-suite.ts; koffi and better-sqlite3 come from node_modules and the
 * Wine cache through NODE_PATH). Argument: the folder of the mingw-w64 fixtures, as a Windows
 * path. Prints one line per check and exits 1 when any failed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProcessInfo } from '../../shared/catalog/process-info';
import { createMatcher } from '../../shared/catalog/matcher';
import { remoteToolCatalog } from '../../electron/main/core/catalog';
import { closeBrowser } from '../../electron/main/core/actions/close-browser';
import { endProcesses, processTree } from '../../electron/main/core/actions/end-processes';
import { systemProcessControl } from '../../electron/main/core/actions/process-control';
import { databaseFileName, defaultDataDir } from '../../electron/main/core/data-dir';
import {
  createCachedFileDetailsReader,
  withFileDetails,
} from '../../electron/main/core/sensors/file-details-source';
import { createWin32ProcessSource } from '../../electron/main/core/sensors/win32-process-source';
import { createWin32WindowSource } from '../../electron/main/core/sensors/win32-window-source';
import { readRegistryDword } from '../../electron/main/core/sensors/win32-registry';
import { shutdownTimeFromRegQuery, systemBootFacts } from '../../electron/main/core/ports/boot-facts';
import { protectionsOff } from '../../shared/windows/windows-protections';

const fixtures = process.argv[2] ?? '';
const repo = resolve(__dirname, '../..');
const holdon = join(repo, 'bin', 'holdon.js');
const work = mkdtempSync(join(tmpdir(), 'holdon-windows-suite-'));
const started: ChildProcess[] = [];
let failed = 0;

async function check(name: string, body: () => Promise<unknown>): Promise<void> {
  const begin = performance.now();
  try {
    const detail = await body();
    console.log(
      `ok   ${name} (${Math.round(performance.now() - begin)} ms)${typeof detail === 'string' ? `: ${detail}` : ''}`,
    );
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Starts a fixture copied under another name (a renamed tool), from a temporary folder. */
function startAs(
  fixture: string,
  name: string,
  args: readonly string[] = [],
): { child: ChildProcess; path: string } {
  const path = join(work, name);
  if (!existsSync(path)) copyFileSync(join(fixtures, fixture), path);
  const child = spawn(path, args, { stdio: 'ignore' });
  started.push(child);
  return { child, path };
}

async function waitFor<T>(
  what: string,
  ms: number,
  look: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = await look();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(50);
  }
}

/** Runs the built CLI with this Windows node; stdout and stderr are Windows pipes here. */
function holdonCli(args: readonly string[]): ChildProcess {
  const child = spawn(process.execPath, [holdon, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  return child;
}

async function holdonOutput(args: readonly string[]): Promise<string> {
  const child = holdonCli(args);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  assert(code === 0, `holdon ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}

const rdpClient = 'HKCU\\Software\\Microsoft\\Terminal Server Client';
const edgePolicies = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge';

/** Wine's own reg.exe, as a scammer's script would run it. */
function reg(...args: string[]): void {
  const result = spawnSync('reg', args, { encoding: 'utf8' });
  assert(result.status === 0, `reg ${args.join(' ')}: ${result.stdout}${result.stderr}`);
}
const clearProtections = (): void => {
  spawnSync('reg', ['delete', rdpClient, '/v', 'RdpLaunchConsentAccepted', '/f']);
  spawnSync('reg', ['delete', edgePolicies, '/v', 'ScarewareBlockerProtectionEnabled', '/f']);
};

async function main(): Promise<void> {
  assert(process.platform === 'win32', 'run this under the Windows build of Node');
  assert(existsSync(join(fixtures, 'holdon-sleeper.exe')), `no fixtures in ${fixtures}`);
  // The data folder the app uses by default, emptied so the check below sees this run's files.
  const dataDir = defaultDataDir();
  rmSync(dataDir, { recursive: true, force: true });
  clearProtections();

  const source = createWin32ProcessSource();
  const matcher = createMatcher(remoteToolCatalog);

  await check(
    'the native process source sees a renamed executable start, with its path and parent',
    async () => {
      const before = await source.snapshot(new Map());
      assert(
        before.some((p) => p.pid === process.pid),
        `node itself (pid ${process.pid}) is not listed`,
      );
      const { child, path } = startAs('holdon-sleeper.exe', 'AnyDesk (1).exe', ['60']);
      const spawned = performance.now();
      const seen = await waitFor('the renamed AnyDesk', 5000, async () =>
        (await source.snapshot(new Map())).find((p) => p.pid === child.pid),
      );
      const ms = Math.round(performance.now() - spawned);
      assert(seen.name === 'AnyDesk (1).exe', `name ${seen.name}`);
      assert(seen.path?.toLowerCase() === path.toLowerCase(), `path ${seen.path} (expected ${path})`);
      assert(seen.ppid === process.pid, `ppid ${seen.ppid} (expected ${process.pid})`);
      assert(matcher(seen)?.tool.id === 'anydesk', `matched ${matcher(seen)?.tool.id}`);
      assert((source.skippedEntries?.() ?? 0) === 0, `skipped ${source.skippedEntries?.()}`);
      child.kill();
      await waitFor('the exit', 5000, async () =>
        (await source.snapshot(new Map())).some((p) => p.pid === child.pid) ? undefined : true,
      );
      return `listed ${ms} ms after spawn (one look: ${await lookMs()} ms)`;
    },
  );

  async function lookMs(): Promise<number> {
    const begin = performance.now();
    for (let i = 0; i < 20; i += 1) await source.snapshot(new Map());
    return Math.round(((performance.now() - begin) / 20) * 100) / 100;
  }

  await check('a renamed tool (notepad2.exe) is found by its file’s company', async () => {
    const withDetails = withFileDetails(source, {
      wanted: (p) => matcher(p) === null,
      read: createCachedFileDetailsReader(),
    });
    const { child } = startAs('notepad2.exe', 'notepad2.exe', ['60']);
    const seen = await waitFor('notepad2.exe', 5000, async () => {
      const list = await withDetails.snapshot(new Map<number, ProcessInfo>());
      return list.find((p) => p.pid === child.pid);
    });
    assert(seen.file?.companyName === 'AnyDesk Software GmbH', `file ${JSON.stringify(seen.file)}`);
    const match = matcher(seen);
    assert(match?.tool.id === 'anydesk' && match.via === 'file-details', `match ${JSON.stringify(match)}`);
    return `${seen.name} → ${match.tool.name} (${match.via})`;
  });

  await check('the window list finds a scam title and a borderless full-screen window', async () => {
    const title = 'Windows Defender Security Warning – call Microsoft Support +1-844-555-0199';
    const { child } = startAs('holdon-window.exe', 'msedge.exe', [
      '--title',
      title,
      '--popup',
      'Your PC is blocked – Do not restart – Call +1-844-555-0199',
      '--seconds',
      '120',
    ]);
    const windowSource = createWin32WindowSource();
    const windows = await waitFor('both windows', 10_000, async () => {
      const list = (await windowSource.snapshot()).windows.filter((w) => w.pid === child.pid);
      return list.length >= 2 ? list : undefined;
    });
    const captioned = windows.find((w) => w.title === title);
    const full = windows.find((w) => w.title.startsWith('Your PC is blocked'));
    assert(captioned && !captioned.fullscreen, `captioned ${JSON.stringify(captioned)}`);
    assert(full?.fullscreen === true, `popup ${JSON.stringify(full)}`);
    assert(full.executable?.toLowerCase().endsWith('msedge.exe'), `executable ${full.executable}`);
  });

  await check('holdon scan --json lists the running tools, the renamed one by its company', async () => {
    const scan = JSON.parse(await holdonOutput(['scan', '--json'])) as {
      remoteTools: { toolId: string; processName: string }[];
      windows: { title: string; fullscreen: boolean; verdict: { scam: boolean } }[];
    };
    const names = scan.remoteTools.map((t) => `${t.processName}=${t.toolId}`);
    assert(names.includes('notepad2.exe=anydesk'), `remoteTools ${names.join(', ')}`);
    const scam = scan.windows.filter((w) => w.verdict.scam).map((w) => w.title);
    assert(scam.length > 0, `no window judged a scam: ${JSON.stringify(scan.windows)}`);
    return `${names.join(', ')}; scam windows: ${scam.length}`;
  });

  await check('holdon watch --json reports an incident when a renamed tool starts', async () => {
    // Nothing from the checks before runs on, so the incident can only be the new tool's.
    for (const child of started) if (child.exitCode === null) child.kill();
    // Found off at start: the .rdp "don't ask again" (HKCU).
    reg('add', rdpClient, '/v', 'RdpLaunchConsentAccepted', '/t', 'REG_DWORD', '/d', '1', '/f');
    const watch = holdonCli(['watch', '--json']);
    const lines: Record<string, unknown>[] = [];
    createInterface({ input: watch.stdout ?? process.stdin }).on('line', (line) =>
      lines.push(JSON.parse(line)),
    );
    let err = '';
    watch.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    // `watch --json` prints nothing until an incident: give it time to start (2-3 s under Wine).
    // A tool started earlier would still be reported, as already running.
    await sleep(4000);
    assert(watch.exitCode === null, `holdon watch exited ${watch.exitCode}: ${err}`);
    const { child } = startAs('holdon-sleeper.exe', 'AnyDesk_setup.exe', ['60']);
    const spawned = performance.now();
    const incident = await waitFor(`an incident for AnyDesk_setup.exe (${err})`, 10_000, () =>
      lines.find((l) => l.type === 'incident' && l.pid === child.pid),
    );
    const ms = Math.round(performance.now() - spawned);
    // Switched off while it runs: Edge's scareware blocker (HKLM policy); read every 5 s.
    reg('add', edgePolicies, '/v', 'ScarewareBlockerProtectionEnabled', '/t', 'REG_DWORD', '/d', '0', '/f');
    await sleep(6000);
    watch.kill();
    await new Promise((done) => watch.once('exit', done));
    assert(incident.toolId === 'anydesk', `incident ${JSON.stringify(incident)}`);
    return `"${String(incident.title)}" ${ms} ms after spawn`;
  });

  await check(
    'Windows protections switched off (Wine registry) are read and told as tamper events',
    async () => {
      assert(
        readRegistryDword(
          'HKCU',
          'Software\\Microsoft\\Terminal Server Client',
          'RdpLaunchConsentAccepted',
        ) === 1,
        'HKCU value not read',
      );
      const off = protectionsOff(readRegistryDword);
      assert(off.join() === 'edge-scareware-blocker,rdp-launch-consent', `off: ${off.join()}`);
      const history = JSON.parse(await holdonOutput(['history', '--json', '--type', 'app'])) as {
        text: string;
      }[];
      const told = history.map((e) => e.text).filter((t) => t.includes('Windows protection'));
      assert(told.length === 2, `history: ${JSON.stringify(history.map((e) => e.text))}`);
      clearProtections();
      assert(protectionsOff(readRegistryDword).length === 0, 'values still there after reg delete');
      return told.join('; ');
    },
  );

  await check('session.end ends a whole process tree (Windows has no process groups)', async () => {
    const { child } = startAs('holdon-parent.exe', 'holdon-parent.exe', [
      join(fixtures, 'holdon-sleeper.exe'),
      '60',
    ]);
    const list = await waitFor('the parent and its child', 5000, async () => {
      const all = await source.snapshot(new Map());
      return all.some((p) => p.ppid === child.pid) ? all : undefined;
    });
    assert(child.pid !== undefined, 'the parent did not start');
    const tree = processTree([child.pid], new Map(list.map((p) => [p.pid, p])));
    assert(tree.length === 2, `tree ${tree.join(',')}`);
    const report = await endProcesses(tree, systemProcessControl);
    assert(report.ended.length === 2 && report.stillRunning.length === 0, `report ${JSON.stringify(report)}`);
    const after = await source.snapshot(new Map());
    assert(!after.some((p) => tree.includes(p.pid)), 'a process of the tree is still listed');
  });

  await check(
    'browser.close ends the browser and forgets its session (Edge profile in %LOCALAPPDATA%)',
    async () => {
      const local = process.env.LOCALAPPDATA;
      assert(local, 'no LOCALAPPDATA');
      const profile = join(local, 'Microsoft', 'Edge', 'User Data', 'Default');
      rmSync(join(local, 'Microsoft', 'Edge'), { recursive: true, force: true });
      mkdirSync(join(profile, 'Sessions'), { recursive: true });
      writeFileSync(join(profile, 'Preferences'), '{}');
      writeFileSync(join(profile, 'Sessions', 'Session_1'), 'scam page');
      writeFileSync(join(profile, 'Bookmarks'), '{}');
      const { child } = startAs('holdon-window.exe', 'msedge.exe', [
        '--title',
        'Edge window',
        '--seconds',
        '60',
      ]);
      const list = await waitFor('msedge.exe', 5000, async () => {
        const all = await source.snapshot(new Map());
        return all.some((p) => p.pid === child.pid) ? all : undefined;
      });
      const result = await closeBrowser(
        { pid: child.pid ?? null, browserName: 'Microsoft Edge', processName: 'msedge.exe' },
        new Map(list.map((p) => [p.pid, p])),
        systemProcessControl,
      );
      assert(result.status === 'closed', `result ${JSON.stringify(result)}`);
      assert(
        child.exitCode !== null ||
          child.signalCode !== null ||
          !(await source.snapshot(new Map())).some((p) => p.pid === child.pid),
        'msedge.exe still runs',
      );
      assert(
        result.forgottenSession?.join() === join(profile, 'Sessions'),
        `forgotten ${JSON.stringify(result.forgottenSession)}`,
      );
      assert(
        existsSync(join(profile, 'Bookmarks')) && !existsSync(join(profile, 'Sessions')),
        'touched more than the session',
      );
      rmSync(join(local, 'Microsoft', 'Edge'), { recursive: true, force: true });
      return `${result.browser} closed; removed ${result.forgottenSession.join(', ')}`;
    },
  );

  await check(
    "Windows' last normal shutdown is read from the registry; no boot id, no close at shutdown",
    async () => {
      const windowsKey = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Windows';
      const before = spawnSync('reg', ['query', windowsKey, '/v', 'ShutdownTime'], { encoding: 'utf8' });
      const at = Date.UTC(2026, 11, 4, 21, 30, 15, 123);
      const ticks = BigInt(at) * 10_000n + 116_444_736_000_000_000n;
      const hex = Array.from({ length: 8 }, (_, i) =>
        Number((ticks >> BigInt(8 * i)) & 0xffn)
          .toString(16)
          .padStart(2, '0'),
      ).join('');
      reg('add', windowsKey, '/v', 'ShutdownTime', '/t', 'REG_BINARY', '/d', hex, '/f');
      try {
        const facts = systemBootFacts();
        const read = facts.lastShutdownAt();
        assert(read === at, `read ${String(read)}, wrote ${at}`);
        // No boot id on Windows (a boot after the last heartbeat decides), no close at shutdown.
        assert(facts.id() === null && !facts.closesAtShutdown, 'boot facts');
        return new Date(read).toISOString();
      } finally {
        // Put back what Wine had (usually nothing).
        const old = shutdownTimeFromRegQuery(before.stdout ?? '');
        if (old === null) spawnSync('reg', ['delete', windowsKey, '/v', 'ShutdownTime', '/f']);
      }
    },
  );

  await check('the data lives under %APPDATA%\\Hold On', async () => {
    assert(process.env.APPDATA && dataDir === join(process.env.APPDATA, 'Hold On'), `data dir ${dataDir}`);
    const files = readdirSync(dataDir);
    assert(files.includes(databaseFileName) && files.includes('logs'), `files ${files.join(', ')}`);
    return dataDir;
  });
}

main()
  .catch((error: unknown) => {
    failed += 1;
    console.log(`FAIL the suite itself: ${error instanceof Error ? error.stack : String(error)}`);
  })
  .finally(async () => {
    for (const child of started) if (child.exitCode === null) child.kill();
    clearProtections();
    await sleep(300);
    rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    console.log(failed === 0 ? 'windows suite: all checks passed' : `windows suite: ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
  });
