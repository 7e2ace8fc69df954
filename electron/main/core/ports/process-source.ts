import type { ProcessInfo } from '../../../../shared/catalog/process-info';

/**
 * Lists running processes. `known` holds processes already described: a source may reuse
 * them instead of reading their details again (the Linux source reads only new pids).
 */
export interface ProcessSource {
  readonly name: string;
  snapshot(known: ReadonlyMap<number, ProcessInfo>): Promise<ProcessInfo[]>;
  /**
   * Optional cheap check: true when no process can have started or exited since the last
   * snapshot, so the watcher may skip this look.
   */
  unchanged?(): boolean;
  /** Optional: how many entries the OS listed without a usable name or pid, skipped so far. */
  skippedEntries?(): number;
}
