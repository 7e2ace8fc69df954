import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { isFullscreen } from '../../../../shared/windows/fullscreen';
import type { Bounds, Display, WindowInfo } from '../../../../shared/windows/window-info';
import type { WindowSource } from '../ports/window-source';
import { parsePropertyLine, parseXwininfo, windowIdText, type XPropertyValue } from './x11-properties';

/** What each window's listener asks xprop to report, at once and then on every change. */
const windowProperties = [
  '_NET_WM_NAME',
  'WM_NAME',
  '_NET_WM_PID',
  '_NET_WM_STATE',
  '_NET_FRAME_EXTENTS',
  '_NET_WM_WINDOW_TYPE',
];
/** Changes that can move or resize a window to cover the screen. */
const geometryProperties = new Set(['_NET_WM_STATE', '_NET_FRAME_EXTENTS']);

interface XWindow {
  readonly id: string;
  readonly props: Map<string, XPropertyValue>;
  readonly spy: ChildProcess;
  bounds: Bounds | null;
  geometry: Promise<void> | null;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { env, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

const strings = (v: XPropertyValue | undefined): readonly string[] => (v?.kind === 'strings' ? v.values : []);
const numbers = (v: XPropertyValue | undefined): readonly number[] => (v?.kind === 'numbers' ? v.values : []);
const atoms = (v: XPropertyValue | undefined): readonly string[] => (v?.kind === 'atoms' ? v.values : []);

/** The owner's executable from /proc (Linux), or null (gone, another user, another OS). */
function executableOf(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '');
  } catch {
    return null;
  }
}

/**
 * Linux/X11 through xprop and xwininfo (Debian package x11-utils). Instead of asking the X
 * server on every look, it keeps `xprop -spy` listeners running: one on the root window for the
 * window list and the window in front, and one per window for its title, owner and state. They
 * print only when something changes, so a look when nothing changed costs nothing.
 * Window-manager hints: EWMH, https://specifications.freedesktop.org/wm-spec/latest/
 */
export function createX11WindowSource(env: NodeJS.ProcessEnv = process.env): WindowSource {
  const xenv = { ...env, LC_ALL: 'C.UTF-8' };
  const windows = new Map<string, XWindow>();
  const executables = new Map<number, string | null>();
  let root: ChildProcess | null = null;
  let active: string | null = null;
  let clients: readonly string[] | null = null;
  let displays: readonly Display[] = [];
  let dirty = true;
  let changed: (() => void) | null = null;
  const markDirty = (): void => {
    dirty = true;
    changed?.();
  };
  let failure: Error | null = null;
  let firstList: Promise<void> | null = null;

  const readGeometry = (win: XWindow): void => {
    win.geometry = run('xwininfo', ['-id', win.id], xenv)
      .then((text) => {
        win.bounds = parseXwininfo(text);
      })
      .catch(() => {
        // The window went away while we asked; the root listener will drop it.
      })
      .finally(() => {
        win.geometry = null;
        markDirty();
      });
  };

  const watchWindow = (id: string): void => {
    const spy = spawn('xprop', ['-id', id, '-spy', ...windowProperties], {
      env: xenv,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const win: XWindow = { id, props: new Map(), spy, bounds: null, geometry: null };
    windows.set(id, win);
    spy.on('error', () => undefined);
    if (spy.stdout)
      createInterface({ input: spy.stdout }).on('line', (line) => {
        const parsed = parsePropertyLine(line);
        if (!parsed) return;
        win.props.set(parsed.name, parsed.value);
        // A change that needs the geometry re-read is reported once that is done.
        if (geometryProperties.has(parsed.name) || win.bounds === null) readGeometry(win);
        else markDirty();
      });
  };

  const setClients = (ids: readonly string[]): void => {
    clients = ids;
    for (const id of ids) if (!windows.has(id)) watchWindow(id);
    for (const [id, win] of windows) {
      if (ids.includes(id)) continue;
      win.spy.kill();
      windows.delete(id);
    }
    markDirty();
  };

  const start = (): Promise<void> => {
    failure = null;
    const spy = spawn('xprop', ['-root', '-spy', '_NET_CLIENT_LIST', '_NET_ACTIVE_WINDOW'], {
      env: xenv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    root = spy;
    let stderr = '';
    spy.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    return new Promise<void>((resolve, reject) => {
      const fail = (message: string): void => {
        failure = new Error(message);
        root = null;
        reject(failure);
      };
      spy.on('error', (error: NodeJS.ErrnoException) =>
        fail(
          error.code === 'ENOENT'
            ? 'xprop is missing (install the x11-utils package)'
            : `xprop failed: ${error.message}`,
        ),
      );
      spy.on('exit', (code) => fail(`xprop stopped (exit ${code}): ${stderr.trim() || 'no X display?'}`));
      if (!spy.stdout) return;
      createInterface({ input: spy.stdout }).on('line', (line) => {
        const parsed = parsePropertyLine(line);
        if (parsed?.name === '_NET_CLIENT_LIST') {
          setClients(numbers(parsed.value).map(windowIdText));
          resolve();
        } else if (parsed?.name === '_NET_ACTIVE_WINDOW') {
          const id = numbers(parsed.value)[0];
          active = id ? windowIdText(id) : null;
          markDirty();
        }
      });
    });
  };

  const readDisplays = async (): Promise<void> => {
    const bounds = parseXwininfo(await run('xwininfo', ['-root'], xenv));
    displays = bounds ? [{ id: 'root', bounds }] : [];
  };

  /** A new window's listener prints its properties within milliseconds; wait a little for them. */
  const settle = async (): Promise<void> => {
    for (let waited = 0; waited < 500; waited += 10) {
      // Nothing printed yet, or its first geometry still being read.
      const waiting = [...windows.values()].some(
        (w) => w.props.size === 0 || (w.bounds === null && w.geometry !== null),
      );
      if (!waiting) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const describe = (win: XWindow): WindowInfo | null => {
    if (!win.bounds) return null;
    const type = atoms(win.props.get('_NET_WM_WINDOW_TYPE'));
    if (type.length > 0 && !type.includes('_NET_WM_WINDOW_TYPE_NORMAL')) return null;
    const pid = numbers(win.props.get('_NET_WM_PID'))[0] ?? null;
    if (pid !== null && !executables.has(pid)) executables.set(pid, executableOf(pid));
    const title = strings(win.props.get('_NET_WM_NAME'))[0] ?? strings(win.props.get('WM_NAME'))[0] ?? '';
    const frame = numbers(win.props.get('_NET_FRAME_EXTENTS'));
    return {
      id: win.id,
      title,
      pid,
      executable: pid === null ? null : (executables.get(pid) ?? null),
      bounds: win.bounds,
      fullscreen: isFullscreen({
        bounds: win.bounds,
        displays,
        managerSaysFullscreen: atoms(win.props.get('_NET_WM_STATE')).includes('_NET_WM_STATE_FULLSCREEN'),
        // The top frame extent is the title bar's height; 0 means no caption.
        hasCaption: (frame[2] ?? 0) > 0,
      }),
      focused: win.id === active,
    };
  };

  return {
    name: 'x11',
    unchanged: () => !dirty && failure === null && root !== null,
    onChange(listener) {
      changed = listener;
    },
    async snapshot() {
      if (!root) {
        firstList = start();
        await firstList;
        await readDisplays();
      }
      await firstList;
      await settle();
      dirty = false;
      await Promise.all([...windows.values()].map((w) => w.geometry));
      const list = (clients ?? []).flatMap((id) => {
        const win = windows.get(id);
        const info = win ? describe(win) : null;
        return info ? [info] : [];
      });
      // Forget owners that are gone, so a reused pid is looked up again.
      const pids = new Set(list.map((w) => w.pid));
      for (const pid of executables.keys()) if (!pids.has(pid)) executables.delete(pid);
      return { windows: list, displays };
    },
    close() {
      root?.removeAllListeners('exit');
      root?.kill();
      root = null;
      for (const win of windows.values()) win.spy.kill();
      windows.clear();
    },
  };
}
