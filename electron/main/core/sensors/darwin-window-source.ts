import koffi from 'koffi';
import type { Display } from '../../../../shared/windows/window-info';
import type { WindowSource } from '../ports/window-source';
import { describeDarwinWindows, type DarwinRawWindow } from './darwin-window-list';

/**
 * macOS: CoreGraphics' window list read in-process through koffi (no helper process, nothing to
 * compile). The dictionary keys are CFStrings whose text is their own name (`kCGWindowOwnerPID`),
 * so they are made with CFStringCreateWithCString instead of reading the framework's globals.
 * https://developer.apple.com/documentation/coregraphics/quartz_window_services
 */
const kCGWindowListOptionOnScreenOnly = 1;
const kCGWindowListExcludeDesktopElements = 16;
const kCFStringEncodingUTF8 = 0x08000100;
const kCFNumberSInt64Type = 4;
const kCFNumberDoubleType = 13;

function loadApi() {
  const cf = koffi.load('/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation');
  const cg = koffi.load('/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics');
  const proc = koffi.load('/usr/lib/libproc.dylib');
  const CGPoint = koffi.struct('HOLDON_CGPoint', { x: 'double', y: 'double' });
  const CGSize = koffi.struct('HOLDON_CGSize', { width: 'double', height: 'double' });
  koffi.struct('HOLDON_CGRect', { origin: CGPoint, size: CGSize });
  const api = {
    CGWindowListCopyWindowInfo: cg.func(
      'void *CGWindowListCopyWindowInfo(uint32 option, uint32 relativeToWindow)',
    ),
    CGGetActiveDisplayList: cg.func(
      'int32 CGGetActiveDisplayList(uint32 max, _Out_ uint32 *displays, _Out_ uint32 *count)',
    ),
    CGDisplayBounds: cg.func('HOLDON_CGRect CGDisplayBounds(uint32 display)'),
    CGRectMakeWithDictionaryRepresentation: cg.func(
      'bool CGRectMakeWithDictionaryRepresentation(void *dict, _Out_ HOLDON_CGRect *rect)',
    ),
    CFArrayGetCount: cf.func('long CFArrayGetCount(void *array)'),
    CFArrayGetValueAtIndex: cf.func('void *CFArrayGetValueAtIndex(void *array, long index)'),
    CFDictionaryGetValue: cf.func('void *CFDictionaryGetValue(void *dict, void *key)'),
    CFStringCreateWithCString: cf.func(
      'void *CFStringCreateWithCString(void *alloc, const char *text, uint32 encoding)',
    ),
    CFStringGetCString: cf.func(
      'bool CFStringGetCString(void *text, _Out_ uint8_t *buffer, long size, uint32 encoding)',
    ),
    CFNumberGetValue: cf.func('bool CFNumberGetValue(void *number, long type, _Out_ uint8_t *value)'),
    CFRelease: cf.func('void CFRelease(void *ref)'),
    proc_pidpath: proc.func('int proc_pidpath(int pid, _Out_ uint8_t *buffer, uint32 size)'),
  };
  const key = (name: string): unknown => api.CFStringCreateWithCString(null, name, kCFStringEncodingUTF8);
  const keys = {
    number: key('kCGWindowNumber'),
    pid: key('kCGWindowOwnerPID'),
    owner: key('kCGWindowOwnerName'),
    name: key('kCGWindowName'),
    layer: key('kCGWindowLayer'),
    bounds: key('kCGWindowBounds'),
  };
  return { ...api, keys };
}
type Api = ReturnType<typeof loadApi>;
/**
 * Loaded once per process and shared by every source: koffi's type names (HOLDON_RECT, …) are
 * process-wide, so a second loadApi() in one process would throw "Duplicate type name".
 */
let sharedApi: Api | null = null;

const cString = (buffer: Uint8Array): string => {
  const end = buffer.indexOf(0);
  return new TextDecoder().decode(buffer.subarray(0, end < 0 ? buffer.length : end));
};

function stringOf(api: Api, value: unknown): string {
  if (!value) return '';
  const buffer = new Uint8Array(4096);
  return api.CFStringGetCString(value, buffer, buffer.length, kCFStringEncodingUTF8) ? cString(buffer) : '';
}

function numberOf(api: Api, value: unknown, type: number): number {
  if (!value) return 0;
  const buffer = new Uint8Array(8);
  if (!api.CFNumberGetValue(value, type, buffer)) return 0;
  const view = new DataView(buffer.buffer);
  return type === kCFNumberDoubleType ? view.getFloat64(0, true) : Number(view.getBigInt64(0, true));
}

function executableOf(api: Api, pid: number, cache: Map<number, string | null>): string | null {
  if (cache.has(pid)) return cache.get(pid) ?? null;
  const buffer = new Uint8Array(4096); // PROC_PIDPATHINFO_MAXSIZE
  const path = api.proc_pidpath(pid, buffer, buffer.length) > 0 ? cString(buffer) : null;
  cache.set(pid, path);
  return path;
}

function displaysOf(api: Api): Display[] {
  const ids = new Uint32Array(16);
  const count = [0];
  if (api.CGGetActiveDisplayList(ids.length, ids, count) !== 0) return [];
  return [...ids.subarray(0, count[0] ?? 0)].map((id) => {
    const r = api.CGDisplayBounds(id) as {
      origin: { x: number; y: number };
      size: { width: number; height: number };
    };
    return {
      id: String(id),
      bounds: { x: r.origin.x, y: r.origin.y, width: r.size.width, height: r.size.height },
    };
  });
}

function listRaw(api: Api, cache: Map<number, string | null>): DarwinRawWindow[] {
  const list = api.CGWindowListCopyWindowInfo(
    kCGWindowListOptionOnScreenOnly | kCGWindowListExcludeDesktopElements,
    0,
  );
  if (!list) return [];
  try {
    const raw: DarwinRawWindow[] = [];
    const count = api.CFArrayGetCount(list) as number;
    for (let i = 0; i < count; i += 1) {
      const dict = api.CFArrayGetValueAtIndex(list, i);
      const rect = { origin: { x: 0, y: 0 }, size: { width: 0, height: 0 } };
      api.CGRectMakeWithDictionaryRepresentation(api.CFDictionaryGetValue(dict, api.keys.bounds), rect);
      const pid = numberOf(api, api.CFDictionaryGetValue(dict, api.keys.pid), kCFNumberSInt64Type);
      raw.push({
        number: numberOf(api, api.CFDictionaryGetValue(dict, api.keys.number), kCFNumberSInt64Type),
        pid,
        ownerName: stringOf(api, api.CFDictionaryGetValue(dict, api.keys.owner)),
        title: stringOf(api, api.CFDictionaryGetValue(dict, api.keys.name)),
        layer: numberOf(api, api.CFDictionaryGetValue(dict, api.keys.layer), kCFNumberSInt64Type),
        bounds: { x: rect.origin.x, y: rect.origin.y, width: rect.size.width, height: rect.size.height },
        executable: pid ? executableOf(api, pid, cache) : null,
      });
    }
    return raw;
  } finally {
    api.CFRelease(list);
  }
}

/** Not run on a real Mac yet: its pure part (`describeDarwinWindows`) is unit-tested. */
export function createDarwinWindowSource(): WindowSource {
  const executables = new Map<number, string | null>();
  return {
    name: 'darwin',
    snapshot() {
      const api = (sharedApi ??= loadApi());
      const raw = listRaw(api, executables);
      const pids = new Set(raw.map((w) => w.pid));
      for (const pid of executables.keys()) if (!pids.has(pid)) executables.delete(pid);
      return Promise.resolve(describeDarwinWindows(raw, displaysOf(api)));
    },
  };
}
