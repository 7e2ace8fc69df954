import { stat } from 'node:fs/promises';
import type { FileDetails, ProcessInfo } from '../../../../shared/catalog/process-info';
import type { ProcessSource } from '../ports/process-source';
import { readPeFileDetails } from './pe-version-info';

/** Reads what an executable says about itself; null when it says nothing (or is no PE file). */
export type FileDetailsReader = (path: string) => Promise<FileDetails | null>;

/** How many executables' details are remembered. A PC runs a few hundred distinct programs. */
const cacheSize = 1024;

/**
 * The version resource of each executable, read once: remembered by path, size and
 * modification time, so a program started again costs one stat(), and a file replaced in
 * place (an update, or a tool copied over a harmless name) is read again. A file that is not a
 * PE executable, or cannot be read, says nothing.
 */
export function createCachedFileDetailsReader(
  read: FileDetailsReader = readPeFileDetails,
): FileDetailsReader {
  const cache = new Map<string, { key: string; details: FileDetails | null }>();
  return async (path) => {
    let key: string;
    try {
      const info = await stat(path);
      key = `${info.size}:${info.mtimeMs}`;
    } catch {
      return null;
    }
    const hit = cache.get(path);
    if (hit?.key === key) return hit.details;
    const details = await read(path).catch(() => null);
    cache.delete(path);
    cache.set(path, { key, details });
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value ?? path);
    return details;
  };
}

/**
 * A process source whose new processes carry what their executable says about itself
 * (`file`), when `wanted` says the name alone does not tell (it is not in the catalog). A
 * process seen before keeps what was read then. Reading never fails a look: a file that cannot
 * be read just says nothing.
 */
export function withFileDetails(
  source: ProcessSource,
  options: { readonly wanted: (process: ProcessInfo) => boolean; readonly read: FileDetailsReader },
): ProcessSource {
  return {
    name: source.name,
    ...(source.unchanged ? { unchanged: () => source.unchanged?.() === true } : {}),
    ...(source.skippedEntries ? { skippedEntries: () => source.skippedEntries?.() ?? 0 } : {}),
    async snapshot(known) {
      const list = await source.snapshot(known);
      return Promise.all(
        list.map(async (p) => {
          if (p.file !== undefined || known.get(p.pid) === p || p.path === null || !options.wanted(p))
            return p;
          return { ...p, file: await options.read(p.path).catch(() => null) };
        }),
      );
    },
  };
}
