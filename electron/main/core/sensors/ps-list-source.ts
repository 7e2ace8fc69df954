import psList from 'ps-list';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import { baseName } from '../../../../shared/catalog/process-info';
import type { ProcessSource } from '../ports/process-source';

/**
 * macOS, and Windows when the native list fails: ps-list (Windows through its bundled fastlist
 * helper, macOS through `ps`). https://github.com/sindresorhus/ps-list
 * It sometimes lists a process without a name; such entries are skipped and counted.
 */
export function createPsListSource(): ProcessSource {
  let skipped = 0;
  return {
    name: 'ps-list',
    skippedEntries: () => skipped,
    snapshot: async (known) => {
      const all = await psList({ all: true });
      const list = all.filter((p) => {
        const usable =
          Number.isSafeInteger(p.pid) && p.pid > 0 && typeof p.name === 'string' && p.name !== '';
        if (!usable) skipped += 1;
        return usable;
      });
      return list.map((p): ProcessInfo => {
        const seen = known.get(p.pid);
        if (seen && seen.name === p.name) return seen;
        const path = p.path ?? null;
        return {
          pid: p.pid,
          ppid: p.ppid ?? null,
          name: path ? baseName(path) : p.name,
          path,
          cmd: p.cmd ?? null,
        };
      });
    },
  };
}
