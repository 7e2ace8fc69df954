import { describe, expect, it } from 'vitest';
import {
  describeDarwinWindows,
  type DarwinRawWindow,
} from '../../../../../../electron/main/core/sensors/darwin-window-list';
import {
  describeWin32Windows,
  WS_CAPTION,
  WS_EX_TOOLWINDOW,
  type Win32RawWindow,
} from '../../../../../../electron/main/core/sensors/win32-window-list';

const monitor = { id: '0x10001', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };

function hwnd(overrides: Partial<Win32RawWindow>): Win32RawWindow {
  return {
    handle: 0x20a4,
    title: 'Support - Google Chrome',
    pid: 3120,
    executable: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    rect: { left: 100, top: 100, right: 1100, bottom: 800 },
    visible: true,
    style: WS_CAPTION,
    exStyle: 0,
    cloaked: false,
    ...overrides,
  };
}

describe('Windows window list (the part that does not need Windows)', () => {
  it('keeps visible titled windows, marks the foreground one, and finds full-screen browsers', () => {
    const snapshot = describeWin32Windows(
      [
        hwnd({}),
        hwnd({
          handle: 0x30b0,
          title: 'Alert - Google Chrome',
          style: 0,
          rect: { left: 0, top: 0, right: 1920, bottom: 1080 },
        }),
        hwnd({ handle: 0x40c0, title: 'Maximised', rect: { left: -8, top: -8, right: 1928, bottom: 1048 } }),
        hwnd({ handle: 0x50d0, title: '' }),
        hwnd({ handle: 0x60e0, visible: false }),
        hwnd({ handle: 0x70f0, cloaked: true }),
        hwnd({ handle: 0x8100, exStyle: WS_EX_TOOLWINDOW }),
      ],
      0x30b0,
      [monitor],
    );
    expect(snapshot.windows.map((w) => [w.id, w.fullscreen, w.focused])).toEqual([
      ['0x20a4', false, false],
      ['0x30b0', true, true],
      ['0x40c0', false, false],
    ]);
    expect(snapshot.windows[0]).toMatchObject({
      pid: 3120,
      bounds: { x: 100, y: 100, width: 1000, height: 700 },
    });
  });
});

function cg(overrides: Partial<DarwinRawWindow>): DarwinRawWindow {
  return {
    number: 812,
    pid: 501,
    ownerName: 'Safari',
    title: 'Apple Support',
    layer: 0,
    bounds: { x: 0, y: 25, width: 1440, height: 875 },
    executable: '/Applications/Safari.app/Contents/MacOS/Safari',
    ...overrides,
  };
}

describe('macOS window list (the part that does not need a Mac)', () => {
  const display = { id: '1', bounds: { x: 0, y: 0, width: 1440, height: 900 } };
  it('keeps app windows, the first is in front, and a window over the menu bar is full screen', () => {
    const snapshot = describeDarwinWindows(
      [
        cg({ number: 900, title: 'Warning', bounds: display.bounds }),
        cg({}),
        cg({ number: 1, ownerName: 'Dock', layer: 20, bounds: display.bounds }),
        cg({ number: 2, title: '', ownerName: 'Google Chrome', executable: null }),
      ],
      [display],
    );
    expect(snapshot.windows.map((w) => [w.id, w.title, w.fullscreen, w.focused])).toEqual([
      ['900', 'Warning', true, true],
      ['812', 'Apple Support', false, false],
      // Without the Screen Recording permission the title is empty: the owner still says which program.
      ['2', 'Google Chrome', false, false],
    ]);
    expect(snapshot.windows[2]?.executable).toBe('Google Chrome');
  });
});
