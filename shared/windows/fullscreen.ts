import type { Bounds, Display } from './window-info';

/**
 * How many pixels a window may miss a display's edge by and still cover it: some window managers
 * and Windows' own full-screen mode leave a one-pixel seam or overhang by the border width.
 */
const slack = 8;

/** The display the window covers completely, if any. */
export function coveredDisplay(bounds: Bounds, displays: readonly Display[]): Display | null {
  return (
    displays.find(
      (d) =>
        bounds.x <= d.bounds.x + slack &&
        bounds.y <= d.bounds.y + slack &&
        bounds.x + bounds.width >= d.bounds.x + d.bounds.width - slack &&
        bounds.y + bounds.height >= d.bounds.y + d.bounds.height - slack,
    ) ?? null
  );
}

/** The display holding most of the window (for capturing what it shows). */
export function displayOf(bounds: Bounds, displays: readonly Display[]): Display | null {
  let best: Display | null = null;
  let bestArea = 0;
  for (const d of displays) {
    const w = Math.min(bounds.x + bounds.width, d.bounds.x + d.bounds.width) - Math.max(bounds.x, d.bounds.x);
    const h =
      Math.min(bounds.y + bounds.height, d.bounds.y + d.bounds.height) - Math.max(bounds.y, d.bounds.y);
    const area = w > 0 && h > 0 ? w * h : 0;
    if (area > bestArea) {
      best = d;
      bestArea = area;
    }
  }
  return best;
}

/**
 * Whether a window is full screen: the window manager says so, or it covers a whole display and
 * has no caption (title bar). A maximised window keeps its caption, so it is not full screen;
 * a scam page in kiosk or F11 mode, or a borderless window stretched over the screen, is.
 */
export function isFullscreen(input: {
  readonly bounds: Bounds;
  readonly displays: readonly Display[];
  /** The window manager's own full-screen state (X11 `_NET_WM_STATE_FULLSCREEN`), when known. */
  readonly managerSaysFullscreen?: boolean;
  readonly hasCaption: boolean;
}): boolean {
  if (input.managerSaysFullscreen === true) return true;
  return !input.hasCaption && coveredDisplay(input.bounds, input.displays) !== null;
}
