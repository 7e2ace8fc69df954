import { isFullscreen } from '../../../../shared/windows/fullscreen';
import type { Bounds, Display, WindowSnapshot } from '../../../../shared/windows/window-info';

/** One top-level window as user32 describes it, before Hold On decides anything. */
export interface Win32RawWindow {
  /** The HWND as a number. */
  readonly handle: number;
  readonly title: string;
  readonly pid: number;
  readonly executable: string | null;
  /** GetWindowRect: left, top, right, bottom. */
  readonly rect: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  readonly visible: boolean;
  /** GWL_STYLE and GWL_EXSTYLE. */
  readonly style: number;
  readonly exStyle: number;
  /** DWM hides ("cloaks") windows of other virtual desktops and suspended Store apps. */
  readonly cloaked: boolean;
}

/** Window styles, from https://learn.microsoft.com/windows/win32/winmsg/window-styles */
export const WS_CAPTION = 0x00c00000;
export const WS_EX_TOOLWINDOW = 0x00000080;

const boundsOf = (rect: Win32RawWindow['rect']): Bounds => ({
  x: rect.left,
  y: rect.top,
  width: rect.right - rect.left,
  height: rect.bottom - rect.top,
});

/**
 * Keeps the windows a person can see (visible, not cloaked, not tool windows, with a title) and
 * decides which are full screen: covering a whole monitor without a caption is what browsers do
 * in F11 and kiosk mode (Windows has no "full-screen" window state to ask for).
 */
export function describeWin32Windows(
  raw: readonly Win32RawWindow[],
  foreground: number,
  monitors: readonly Display[],
): WindowSnapshot {
  const windows = raw
    .filter((w) => w.visible && !w.cloaked && (w.exStyle & WS_EX_TOOLWINDOW) === 0 && w.title !== '')
    .map((w) => {
      const bounds = boundsOf(w.rect);
      return {
        id: `0x${w.handle.toString(16)}`,
        title: w.title,
        pid: w.pid,
        executable: w.executable,
        bounds,
        fullscreen: isFullscreen({
          bounds,
          displays: monitors,
          hasCaption: (w.style & WS_CAPTION) === WS_CAPTION,
        }),
        focused: w.handle === foreground,
      };
    });
  return { windows, displays: monitors };
}
