import psList from 'ps-list';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import { baseName } from '../../../../shared/catalog/process-info';
import type { ProcessSource } from '../ports/process-source';

/**
 * Windows and macOS: ps-list (Windows through its bundled fastlist helper, macOS through `ps`).
 * https://github.com/sindresorhus/ps-list
 */
export function createPsListSource(): ProcessSource {
  return {
    name: 'ps-list',
    snapshot: async (known) => {
      const list = await psList({ all: true });
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
