import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { baseName, type ProcessInfo } from '../../../../shared/catalog/process-info';
import type { ProcessSource } from '../ports/process-source';

const isPid = (entry: string): boolean => entry.charCodeAt(0) >= 48 && entry.charCodeAt(0) <= 57;

function readOrNull(read: () => string): string | null {
  try {
    return read();
  } catch {
    // Gone already, or another user's process we may not read: fall back to what we can see.
    return null;
  }
}

/** Reads one process from /proc; null when it has already exited. */
export function describeProcess(procDir: string, pid: number): ProcessInfo | null {
  const stat = readOrNull(() => readFileSync(`${procDir}/${pid}/stat`, 'utf8'));
  if (stat === null) return null;
  // stat is "pid (comm) state ppid …"; comm may itself contain spaces and parentheses.
  const close = stat.lastIndexOf(')');
  const comm = stat.slice(stat.indexOf('(') + 1, close);
  const [state, ppidText] = stat.slice(close + 2).split(' ');
  // A zombie has exited and only waits for its parent to collect it: it runs nothing.
  if (state === 'Z' || state === 'X') return null;
  const ppid = Number(ppidText);
  const exe = readOrNull(() => readlinkSync(`${procDir}/${pid}/exe`))?.replace(/ \(deleted\)$/, '') ?? null;
  const argv = (readOrNull(() => readFileSync(`${procDir}/${pid}/cmdline`, 'utf8')) ?? '')
    .split('\0')
    .filter(Boolean);
  // comm is cut to 15 characters ("TeamViewer_Desk"); the executable's path has the full name.
  const name = exe ? baseName(exe) : argv[0] ? baseName(argv[0]) : comm;
  return {
    pid,
    ppid: Number.isFinite(ppid) ? ppid : null,
    name,
    path: exe ?? (argv[0]?.includes('/') ? argv[0] : null),
    cmd: argv.length > 0 ? argv.join(' ') : null,
  };
}

/**
 * The 4th and 5th fields of /proc/loadavg: running/total tasks and the last pid handed out.
 * Any process start changes the last pid, any exit the total, so an equal value means nothing
 * started or exited. https://man7.org/linux/man-pages/man5/proc_loadavg.5.html
 */
function taskSignature(procDir: string): string | null {
  const text = readOrNull(() => readFileSync(`${procDir}/loadavg`, 'utf8'));
  if (text === null) return null;
  const fields = text.trim().split(' ');
  return `${fields[3]?.split('/')[1] ?? ''} ${fields[4] ?? ''}`;
}

/**
 * Programs that start another program by exec() under their own pid: shells running a wrapper
 * script (`exec /opt/tool/anydesk "$@"`), interpreters and launchers. Only these are watched
 * for a new executable, so the check costs a few readlink() calls, not one per process.
 */
const launchers =
  /^(sh|bash|dash|zsh|ksh|mksh|fish|csh|tcsh|busybox|env|nohup|setsid|timeout|sudo|su|doas|pkexec|xdg-open|gio|python[\d.]*|perl[\d.]*|ruby[\d.]*|node|nodejs)$/;

/** How often the launchers' executables are looked at while nothing starts or exits. */
const execCheckMs = 1000;

/** The executable behind a pid now, or null (gone, or another user's process). */
const exeOf = (procDir: string, pid: number): string | null =>
  readOrNull(() => readlinkSync(`${procDir}/${pid}/exe`))?.replace(/ \(deleted\)$/, '') ?? null;

/**
 * Linux: lists /proc and reads details only for pids it has not seen, so a look with 300+
 * processes costs one directory read, and a look when /proc/loadavg shows no change costs one
 * small file read. A shell or launcher that exec()s another program keeps its pid, and
 * /proc/loadavg does not change: so the executable of each launcher is read again (at most once
 * a second while nothing else changes), and a launcher whose executable changed is described
 * afresh. https://man7.org/linux/man-pages/man5/proc.5.html (/proc/pid/exe)
 */
export function createLinuxProcSource(
  procDir = '/proc',
  options: { readonly now?: () => number } = {},
): ProcessSource {
  const now = options.now ?? Date.now;
  let lastSignature: string | null = null;
  /** The launchers seen at the last look, with their executable then. */
  let watched = new Map<number, string>();
  let lastExecCheck = 0;
  const execChanged = (): boolean => {
    lastExecCheck = now();
    for (const [pid, exe] of watched) if (exeOf(procDir, pid) !== exe) return true;
    return false;
  };
  return {
    name: 'linux-proc',
    unchanged: () => {
      const signature = taskSignature(procDir);
      if (signature === null || signature !== lastSignature) return false;
      return watched.size === 0 || now() - lastExecCheck < execCheckMs || !execChanged();
    },
    snapshot: async (known) => {
      lastSignature = taskSignature(procDir);
      lastExecCheck = now();
      const out: ProcessInfo[] = [];
      const nextWatched = new Map<number, string>();
      for (const entry of readdirSync(procDir)) {
        if (!isPid(entry)) continue;
        const pid = Number(entry);
        let info = known.get(pid);
        const was = watched.get(pid);
        let exe: string | null | undefined;
        if (info && was !== undefined) {
          exe = exeOf(procDir, pid);
          if (exe !== was) info = undefined;
        }
        info ??= describeProcess(procDir, pid) ?? undefined;
        if (!info) continue;
        out.push(info);
        if (launchers.test(info.name)) {
          // Only what may be read: another user's launcher cannot be watched this way.
          exe ??= exeOf(procDir, pid);
          if (exe !== null) nextWatched.set(pid, exe);
        }
      }
      watched = nextWatched;
      return out;
    },
  };
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isRunningOnLinux(pid: number, procDir = '/proc'): boolean {
  const stat = readOrNull(() => readFileSync(`${procDir}/${pid}/stat`, 'utf8'));
  if (stat === null) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}
