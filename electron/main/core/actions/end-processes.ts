import type { ProcessInfo } from '../../../../shared/catalog/process-info';

export interface ProcessControl {
  /** Sends a signal; throws like `process.kill` (ESRCH gone, EPERM not allowed). */
  kill(pid: number, signal: NodeJS.Signals): void;
  isRunning(pid: number): boolean;
  sleep(ms: number): Promise<void>;
}

export interface EndReport {
  readonly ended: readonly number[];
  readonly notPermitted: readonly number[];
  readonly stillRunning: readonly number[];
}

/** The pids and all their descendants, children before parents. */
export function processTree(roots: readonly number[], processes: ReadonlyMap<number, ProcessInfo>): number[] {
  const children = new Map<number, number[]>();
  for (const p of processes.values()) {
    if (p.ppid !== null) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  }
  const ordered: number[] = [];
  const visit = (pid: number, seen: Set<number>): void => {
    if (seen.has(pid)) return;
    seen.add(pid);
    for (const child of children.get(pid) ?? []) visit(child, seen);
    ordered.push(pid);
  };
  const seen = new Set<number>();
  for (const root of roots) visit(root, seen);
  return ordered;
}

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/**
 * Ends processes: a polite SIGTERM first (children before parents), then SIGKILL for whatever
 * is still there after `graceMs`, then checks that each one is really gone.
 */
export async function endProcesses(
  pids: readonly number[],
  control: ProcessControl,
  graceMs = 1500,
): Promise<EndReport> {
  const notPermitted = new Set<number>();
  const signal = (pid: number, sig: NodeJS.Signals): void => {
    try {
      control.kill(pid, sig);
    } catch (error) {
      if (errorCode(error) === 'EPERM') notPermitted.add(pid);
    }
  };
  const alive = (): number[] => pids.filter((pid) => !notPermitted.has(pid) && control.isRunning(pid));
  const waitUntilGone = async (ms: number): Promise<void> => {
    for (let waited = 0; waited < ms && alive().length > 0; waited += 50) await control.sleep(50);
  };

  for (const pid of pids) signal(pid, 'SIGTERM');
  await waitUntilGone(graceMs);
  for (const pid of alive()) signal(pid, 'SIGKILL');
  await waitUntilGone(1000);
  const stillRunning = pids.filter((pid) => control.isRunning(pid) && !notPermitted.has(pid));
  const notPermittedAlive = [...notPermitted].filter((pid) => control.isRunning(pid));
  return {
    ended: pids.filter((pid) => !control.isRunning(pid)),
    notPermitted: notPermittedAlive,
    stillRunning,
  };
}
