import { browserOfExecutable, browsers, type Browser } from '../../../../shared/browsers/browser-catalog';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import type { CloseBrowserResult } from '../../../../shared/model/browser';
import { endProcesses, processTree, type ProcessControl } from './end-processes';
import { forgetSession } from './forget-session';

const browserOf = (p: ProcessInfo): Browser | null => browserOfExecutable(p.path ?? p.name);

/**
 * The processes of the browser that showed the page: its main process (the window owner's
 * top-most ancestor of the same browser) and that whole tree, children first, so every window of
 * that browser closes, not only the one in front. Another copy of the browser started on its own
 * (a second profile, say) is left alone. When the window's owner is unknown, every copy of the
 * browser is ended; when it is known but gone, the browser has closed already.
 */
export function browserProcesses(
  target: {
    readonly pid: number | null;
    readonly browserName: string | null;
    readonly processName: string | null;
  },
  processes: ReadonlyMap<number, ProcessInfo>,
): { browser: Browser | null; pids: number[] } {
  const byPid = target.pid !== null ? processes.get(target.pid) : undefined;
  const browser =
    (byPid ? browserOf(byPid) : null) ??
    browserOfExecutable(target.processName) ??
    browsers.find((b) => b.name === target.browserName) ??
    null;
  if (target.pid !== null && !byPid) return { browser, pids: [] };
  const roots = new Set<number>();
  if (byPid) {
    let root = byPid;
    for (;;) {
      const parent = root.ppid !== null ? processes.get(root.ppid) : undefined;
      if (!parent || browser === null || browserOf(parent) !== browser) break;
      root = parent;
    }
    roots.add(root.pid);
  } else {
    for (const p of processes.values()) {
      if (browser === null || browserOf(p) !== browser) continue;
      const parent = p.ppid !== null ? processes.get(p.ppid) : undefined;
      if (!parent || browserOf(parent) !== browser) roots.add(p.pid);
    }
  }
  return { browser, pids: processTree([...roots], processes) };
}

/**
 * Ends the browser (whole tree) and checks each process is really gone; then, and only then,
 * removes the session-restore data of the profiles it had open, so starting it again does not
 * bring the page back (actions/forget-session.ts).
 */
export async function closeBrowser(
  target: {
    readonly pid: number | null;
    readonly browserName: string | null;
    readonly processName: string | null;
  },
  processes: ReadonlyMap<number, ProcessInfo>,
  control: ProcessControl,
  forget: typeof forgetSession = forgetSession,
): Promise<CloseBrowserResult> {
  const { browser, pids } = browserProcesses(target, processes);
  const name = browser?.name ?? target.browserName ?? target.processName ?? 'the web browser';
  if (pids.length === 0) return { browser: name, status: 'not-running', ended: [], remaining: [] };
  const report = await endProcesses(pids, control);
  const remaining = [...report.notPermitted, ...report.stillRunning];
  const status: CloseBrowserResult['status'] =
    remaining.length === 0 ? 'closed' : report.notPermitted.length > 0 ? 'not-permitted' : 'failed';
  if (status !== 'closed' || browser === null)
    return { browser: name, status, ended: report.ended, remaining };
  const infos = pids.map((pid) => processes.get(pid)).filter((p): p is ProcessInfo => p !== undefined);
  let forgotten: string[] = [];
  try {
    forgotten = forget(browser, infos);
  } catch {
    // The browser is closed; only the page may come back when it is started again.
  }
  return { browser: name, status, ended: report.ended, remaining, forgottenSession: forgotten };
}
