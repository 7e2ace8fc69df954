import { coveredDisplay } from '../../../../shared/windows/fullscreen';
import type { Bounds, Display, WindowSnapshot } from '../../../../shared/windows/window-info';

/** One entry of CGWindowListCopyWindowInfo, before Hold On decides anything. */
export interface DarwinRawWindow {
  /** kCGWindowNumber */
  readonly number: number;
  /** kCGWindowOwnerPID */
  readonly pid: number;
  /** kCGWindowOwnerName ("Google Chrome", "Safari") */
  readonly ownerName: string;
  /** kCGWindowName: empty unless Hold On has the Screen Recording permission (macOS 10.15+). */
  readonly title: string;
  /** kCGWindowLayer: 0 for normal app windows; menus, the Dock and overlays use others. */
  readonly layer: number;
  readonly bounds: Bounds;
  readonly executable: string | null;
}

/**
 * Keeps ordinary app windows (layer 0) and decides full screen: on macOS a full-screen window
 * has its own Space and covers the whole display, menu bar included, which no ordinary or
 * "zoomed" window does. The list comes front to back, so the first one is in front.
 * https://developer.apple.com/documentation/coregraphics/1455137-cgwindowlistcopywindowinfo
 */
export function describeDarwinWindows(
  raw: readonly DarwinRawWindow[],
  displays: readonly Display[],
): WindowSnapshot {
  const normal = raw.filter((w) => w.layer === 0 && w.bounds.width > 1 && w.bounds.height > 1);
  const front = normal[0]?.number;
  const windows = normal.map((w) => ({
    id: String(w.number),
    // Without the Screen Recording permission macOS hides titles: the owner's name still shows
    // which program it is.
    title: w.title !== '' ? w.title : w.ownerName,
    pid: w.pid,
    executable: w.executable ?? w.ownerName,
    bounds: w.bounds,
    fullscreen: coveredDisplay(w.bounds, displays) !== null,
    focused: w.number === front,
  }));
  return { windows, displays };
}
