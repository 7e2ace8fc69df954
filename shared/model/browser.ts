import type { ScamVerdict } from '../scam-text/scam-verdict';

/** What "Close the web browser" did. */
export interface CloseBrowserResult {
  /** The browser's name ("Google Chrome"), or the program's name when Hold On does not know it. */
  readonly browser: string;
  /**
   * `closed`: every process is gone; `not-running`: it had already closed; `not-permitted`: it
   * runs as another user and Hold On may not end it; `failed`: it would not stop.
   */
  readonly status: 'closed' | 'not-running' | 'not-permitted' | 'failed';
  readonly ended: readonly number[];
  readonly remaining: readonly number[];
  /**
   * Once the browser is closed: the session-restore files removed so the page does not come
   * back when it is started again (empty: there were none).
   */
  readonly forgottenSession?: readonly string[];
}

/** One window as `holdon scan` reports it. */
export interface ScannedWindow {
  readonly title: string;
  readonly pid: number | null;
  /** The browser's name, or null for other programs' windows. */
  readonly browser: string | null;
  readonly fullscreen: boolean;
  readonly verdict: ScamVerdict;
}
