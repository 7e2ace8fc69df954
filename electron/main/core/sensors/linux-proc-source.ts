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
 * Linux: lists /proc and reads details only for pids it has not seen, so a look with 300+
 * processes costs one directory read, and a look when /proc/loadavg shows no change costs one
 * small file read. https://man7.org/linux/man-pages/man5/proc.5.html
 */
export function createLinuxProcSource(procDir = '/proc'): ProcessSource {
  let lastSignature: string | null = null;
  return {
    name: 'linux-proc',
    unchanged: () => {
      const signature = taskSignature(procDir);
      return signature !== null && signature === lastSignature;
    },
    snapshot: async (known) => {
      lastSignature = taskSignature(procDir);
      const out: ProcessInfo[] = [];
      for (const entry of readdirSync(procDir)) {
        if (!isPid(entry)) continue;
        const pid = Number(entry);
        const info = known.get(pid) ?? describeProcess(procDir, pid);
        if (info) out.push(info);
      }
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
