import type { ProcessInfo } from '../catalog/process-info';
import type { Display, WindowInfo } from '../windows/window-info';

/**
 * What the sensors report: edges, not snapshots. The process watcher turns process lists into
 * `process.started` / `process.exited` (the first look reports what already runs, `initial`);
 * the window watcher turns window lists into `window.opened` / `changed` / `closed`.
 */
export type ProcessEvent =
  | {
      readonly type: 'process.started';
      readonly at: number;
      readonly process: ProcessInfo;
      readonly initial: boolean;
    }
  | { readonly type: 'process.exited'; readonly at: number; readonly pid: number };

export type WindowEvent =
  | {
      readonly type: 'window.opened' | 'window.changed';
      readonly at: number;
      readonly window: WindowInfo;
      /** The display the window is on (the one to read when it is full screen). */
      readonly display: Display | null;
    }
  | { readonly type: 'window.closed'; readonly at: number; readonly id: string };
