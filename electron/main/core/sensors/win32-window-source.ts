import koffi from 'koffi';
import type { Display } from '../../../../shared/windows/window-info';
import type { WindowSource } from '../ports/window-source';
import { describeWin32Windows, type Win32RawWindow } from './win32-window-list';

/**
 * Windows: user32, kernel32 and dwmapi called in-process through koffi (prebuilt, nothing to
 * compile). Each look is a handful of system calls per window; no helper process starts.
 * APIs: https://learn.microsoft.com/windows/win32/api/winuser/ (EnumWindows, GetWindowTextW,
 * GetWindowThreadProcessId, GetWindowRect, GetForegroundWindow, MonitorFromWindow,
 * GetMonitorInfoW), QueryFullProcessImageNameW (kernel32), DwmGetWindowAttribute (dwmapi).
 */
const GWL_STYLE = -16;
const GWL_EXSTYLE = -20;
const MONITOR_DEFAULTTONEAREST = 2;
const PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
const DWMWA_CLOAKED = 14;

function loadApi() {
  const user32 = koffi.load('user32.dll');
  const kernel32 = koffi.load('kernel32.dll');
  const dwmapi = koffi.load('dwmapi.dll');
  const RECT = koffi.struct('HOLDON_RECT', { left: 'long', top: 'long', right: 'long', bottom: 'long' });
  const MONITORINFO = koffi.struct('HOLDON_MONITORINFO', {
    cbSize: 'uint32',
    rcMonitor: RECT,
    rcWork: RECT,
    dwFlags: 'uint32',
  });
  // Declared by name for EnumWindows' prototype below.
  koffi.proto('bool __stdcall HoldOnEnumWindowsProc(intptr hwnd, intptr lParam)');
  return {
    RECT,
    MONITORINFO,
    EnumWindows: user32.func('bool __stdcall EnumWindows(HoldOnEnumWindowsProc *cb, intptr lParam)'),
    GetWindowTextW: user32.func('int __stdcall GetWindowTextW(intptr hwnd, _Out_ uint16_t *text, int max)'),
    GetWindowTextLengthW: user32.func('int __stdcall GetWindowTextLengthW(intptr hwnd)'),
    GetWindowThreadProcessId: user32.func(
      'uint32 __stdcall GetWindowThreadProcessId(intptr hwnd, _Out_ uint32 *pid)',
    ),
    GetWindowRect: user32.func('bool __stdcall GetWindowRect(intptr hwnd, _Out_ HOLDON_RECT *rect)'),
    IsWindowVisible: user32.func('bool __stdcall IsWindowVisible(intptr hwnd)'),
    GetWindowLongW: user32.func('long __stdcall GetWindowLongW(intptr hwnd, int index)'),
    GetForegroundWindow: user32.func('intptr __stdcall GetForegroundWindow()'),
    MonitorFromWindow: user32.func('intptr __stdcall MonitorFromWindow(intptr hwnd, uint32 flags)'),
    GetMonitorInfoW: user32.func(
      'bool __stdcall GetMonitorInfoW(intptr monitor, _Inout_ HOLDON_MONITORINFO *info)',
    ),
    OpenProcess: kernel32.func('intptr __stdcall OpenProcess(uint32 access, bool inherit, uint32 pid)'),
    CloseHandle: kernel32.func('bool __stdcall CloseHandle(intptr handle)'),
    QueryFullProcessImageNameW: kernel32.func(
      'bool __stdcall QueryFullProcessImageNameW(intptr process, uint32 flags, _Out_ uint16_t *name, _Inout_ uint32 *size)',
    ),
    DwmGetWindowAttribute: dwmapi.func(
      'long __stdcall DwmGetWindowAttribute(intptr hwnd, uint32 attribute, _Out_ uint32 *value, uint32 size)',
    ),
  };
}
type Api = ReturnType<typeof loadApi>;
/**
 * Loaded once per process and shared by every source: koffi's type names (HOLDON_RECT, …) are
 * process-wide, so a second loadApi() in one process would throw "Duplicate type name".
 */
let sharedApi: Api | null = null;

const utf16 = (buffer: Uint16Array, length: number): string =>
  String.fromCharCode(...buffer.subarray(0, Math.max(0, length)));

function executableOf(api: Api, pid: number, cache: Map<number, string | null>): string | null {
  if (cache.has(pid)) return cache.get(pid) ?? null;
  let path: string | null = null;
  const process = api.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, false, pid) as number;
  if (process) {
    const name = new Uint16Array(1024);
    const size = [name.length];
    if (api.QueryFullProcessImageNameW(process, 0, name, size)) path = utf16(name, size[0] ?? 0);
    api.CloseHandle(process);
  }
  cache.set(pid, path);
  return path;
}

function listRaw(
  api: Api,
  cache: Map<number, string | null>,
  monitors: Map<number, Display>,
): Win32RawWindow[] {
  const handles: number[] = [];
  api.EnumWindows((hwnd: number) => {
    handles.push(Number(hwnd));
    return true;
  }, 0);
  const raw: Win32RawWindow[] = [];
  for (const hwnd of handles) {
    const visible = api.IsWindowVisible(hwnd) as boolean;
    if (!visible) continue;
    const length = api.GetWindowTextLengthW(hwnd) as number;
    const text = new Uint16Array(length + 1);
    const got = api.GetWindowTextW(hwnd, text, text.length) as number;
    const pid = [0];
    api.GetWindowThreadProcessId(hwnd, pid);
    const rect = { left: 0, top: 0, right: 0, bottom: 0 };
    api.GetWindowRect(hwnd, rect);
    const cloaked = [0];
    api.DwmGetWindowAttribute(hwnd, DWMWA_CLOAKED, cloaked, 4);
    const monitor = Number(api.MonitorFromWindow(hwnd, MONITOR_DEFAULTTONEAREST));
    if (monitor && !monitors.has(monitor)) {
      const info = {
        cbSize: koffi.sizeof(api.MONITORINFO),
        rcMonitor: { ...rect },
        rcWork: { ...rect },
        dwFlags: 0,
      };
      if (api.GetMonitorInfoW(monitor, info)) {
        const m = info.rcMonitor;
        monitors.set(monitor, {
          id: `0x${monitor.toString(16)}`,
          bounds: { x: m.left, y: m.top, width: m.right - m.left, height: m.bottom - m.top },
        });
      }
    }
    raw.push({
      handle: hwnd,
      title: utf16(text, got),
      pid: pid[0] ?? 0,
      executable: pid[0] ? executableOf(api, pid[0], cache) : null,
      rect,
      visible,
      style: api.GetWindowLongW(hwnd, GWL_STYLE) as number,
      exStyle: api.GetWindowLongW(hwnd, GWL_EXSTYLE) as number,
      cloaked: (cloaked[0] ?? 0) !== 0,
    });
  }
  return raw;
}

/** Not run on a real Windows machine yet: its pure part (`describeWin32Windows`) is unit-tested. */
export function createWin32WindowSource(): WindowSource {
  const executables = new Map<number, string | null>();
  return {
    name: 'win32',
    snapshot() {
      const api = (sharedApi ??= loadApi());
      const monitors = new Map<number, Display>();
      const raw = listRaw(api, executables, monitors);
      const pids = new Set(raw.map((w) => w.pid));
      for (const pid of executables.keys()) if (!pids.has(pid)) executables.delete(pid);
      return Promise.resolve(
        describeWin32Windows(raw, Number(api.GetForegroundWindow()), [...monitors.values()]),
      );
    },
  };
}
