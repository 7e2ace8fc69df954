import type { WindowSnapshot } from '../../../../shared/windows/window-info';

/** Lists the top-level windows and the displays. One adapter per OS. */
export interface WindowSource {
  readonly name: string;
  snapshot(): Promise<WindowSnapshot>;
  /**
   * Optional cheap check: true when no window can have opened, closed or changed since the last
   * snapshot, so the watcher may skip this look (the X11 source listens for changes).
   */
  unchanged?(): boolean;
  /**
   * Optional: calls `listener` as soon as something may have changed, so the watcher can look
   * at once instead of at its next tick (the X11 source hears every change from its listeners).
   */
  onChange?(listener: () => void): void;
  /** Releases what the source holds (helper processes, libraries). */
  close?(): void;
}
