import type { ProcessInfo } from '../../shared/catalog/process-info';
import type { ProcessSource } from '../../electron/main/core/ports/process-source';

/** A process table tests edit by hand; `fail` makes the next looks throw. */
export class FakeProcessSource implements ProcessSource {
  readonly name = 'fake';
  readonly table = new Map<number, ProcessInfo>();
  failing: Error | null = null;
  looks = 0;

  start(pid: number, name: string, extra: Partial<ProcessInfo> = {}): void {
    this.table.set(pid, { pid, ppid: 1, name, path: null, cmd: null, ...extra });
  }

  exit(pid: number): void {
    this.table.delete(pid);
  }

  async snapshot(): Promise<ProcessInfo[]> {
    this.looks += 1;
    if (this.failing) throw this.failing;
    return [...this.table.values()];
  }
}
