/** A rectangle on the desktop, in pixels (the OS's own coordinates). */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One monitor. */
export interface Display {
  readonly id: string;
  readonly bounds: Bounds;
}

/** One top-level window as a window sensor sees it, on any platform. */
export interface WindowInfo {
  /** Stable for the window's life (X11 window id, HWND, CGWindowID). */
  readonly id: string;
  readonly title: string;
  readonly pid: number | null;
  /** The owner's executable: a full path when the OS tells us, else the file name, else null. */
  readonly executable: string | null;
  readonly bounds: Bounds;
  /** Full screen: the window manager says so, or it covers a whole display without a caption. */
  readonly fullscreen: boolean;
  /** The window in front (the one that gets the keyboard). */
  readonly focused: boolean;
}

/** What a window source returns each time it looks. */
export interface WindowSnapshot {
  readonly windows: readonly WindowInfo[];
  readonly displays: readonly Display[];
}
