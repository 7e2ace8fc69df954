import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import type { ProcessSource } from '../ports/process-source';

/**
 * A process source that sees only one process tree: the processes descending from `rootPid`.
 * It exists for the test hosts. A test that runs a real sensor must see only the processes it
 * started itself, never a remote-tool-named process that another test, another clone's run or
 * a leftover started on the same machine. The test runner passes its own pid
 * (`HOLDON_TEST_PROCESS_ROOT`, read by the CLI and the preview host, never by the app).
 */
export function onlyProcessesUnder(source: ProcessSource, rootPid: number): ProcessSource {
  return {
    name: `${source.name} (only under pid ${rootPid})`,
    ...(source.unchanged ? { unchanged: () => source.unchanged?.() === true } : {}),
    ...(source.skippedEntries ? { skippedEntries: () => source.skippedEntries?.() ?? 0 } : {}),
    async snapshot(known) {
      const all = await source.snapshot(known);
      const parentOf = new Map(all.map((p) => [p.pid, p.ppid]));
      const inside = new Map<number, boolean>([[rootPid, true]]);
      const isInside = (pid: number): boolean => {
        const path: number[] = [];
        let at: number | null | undefined = pid;
        // Walk up to the root, to a process already decided, or off the top (pid 0, unknown).
        while (at !== null && at !== undefined && at > 0 && !inside.has(at) && path.length < 4096) {
          path.push(at);
          at = parentOf.get(at);
        }
        const answer = at !== null && at !== undefined && inside.get(at) === true;
        for (const p of path) inside.set(p, answer);
        return answer;
      };
      return all.filter((p: ProcessInfo) => p.pid !== rootPid && isInside(p.pid));
    },
  };
}

/** The root pid of `HOLDON_TEST_PROCESS_ROOT`, or null when it is not set (or not a pid). */
export function testProcessRoot(env: NodeJS.ProcessEnv = process.env): number | null {
  const text = env.HOLDON_TEST_PROCESS_ROOT;
  if (text === undefined || !/^\d+$/.test(text)) return null;
  return Number(text);
}
