import { createX11ScreenCapture } from '../capture/x11-screen-capture';
import type { ProcessSource } from '../ports/process-source';
import type { ScreenCapture } from '../ports/screen-capture';
import type { WindowSource } from '../ports/window-source';
import type { Logger } from '../logging/logger';
import type { RegistryDwordReader } from '../../../../shared/windows/windows-protections';
import { createDarwinWindowSource } from './darwin-window-source';
import { withFallback } from './fallback-source';
import { createLinuxProcSource } from './linux-proc-source';
import { createPsListSource } from './ps-list-source';
import { createWin32ProcessSource } from './win32-process-source';
import { readRegistryDword } from './win32-registry';
import { createWin32WindowSource } from './win32-window-source';
import { createX11WindowSource } from './x11-window-source';

export interface ProcessSensorSetup {
  readonly source: ProcessSource;
  readonly pollMs: number;
}

/**
 * The process source for this OS. /proc costs one directory read per look, and Windows' own
 * list (NtQuerySystemInformation through koffi) one system call, so both look four times a
 * second; on Windows ps-list is the fallback if the native call fails. ps-list starts a helper
 * process each time, so macOS looks once a second.
 */
export function defaultProcessSensor(
  platform: NodeJS.Platform = process.platform,
  logger?: Logger,
  env: NodeJS.ProcessEnv = process.env,
): ProcessSensorSetup {
  switch (platform) {
    case 'linux':
      return { source: createLinuxProcSource(), pollMs: 250 };
    case 'win32':
      // HOLDON_PROCESS_LIST=ps-list: the list Windows used before, once a second (the
      // benchmark compares the two; support can switch a misbehaving PC back).
      if (env.HOLDON_PROCESS_LIST === 'ps-list') return { source: createPsListSource(), pollMs: 1000 };
      return {
        source: withFallback(createWin32ProcessSource(), createPsListSource(), {
          onFallback: (error) =>
            logger?.error('the native process list failed; using ps-list for a minute', { error }),
        }),
        pollMs: 250,
      };
    default:
      return { source: createPsListSource(), pollMs: 1000 };
  }
}

export interface WindowSensorSetup {
  readonly source: WindowSource | null;
  readonly pollMs: number;
  readonly capture: ScreenCapture | null;
}

/**
 * The window source for this OS. X11 listens for changes, so looking four times a second costs
 * nothing while nothing changes; Windows and macOS list the windows in-process twice a second.
 * Screen capture under plain Node exists on X11 only (`xwd`); the Electron shell passes its
 * own (desktopCapturer) on every OS.
 */
export function defaultWindowSensor(env: NodeJS.ProcessEnv = process.env): WindowSensorSetup {
  switch (process.platform) {
    case 'linux':
      // Wayland without XWayland offers no window list to other programs.
      return env.DISPLAY
        ? { source: createX11WindowSource(env), pollMs: 250, capture: createX11ScreenCapture(env) }
        : { source: null, pollMs: 250, capture: null };
    case 'win32':
      return { source: createWin32WindowSource(), pollMs: 500, capture: null };
    case 'darwin':
      return { source: createDarwinWindowSource(), pollMs: 500, capture: null };
    default:
      return { source: null, pollMs: 500, capture: null };
  }
}

/** The process sensor a core uses: the one given (tests), or this OS's, with the poll interval given. */
export function chooseProcessSensor(
  options: {
    readonly processSource?: ProcessSource | undefined;
    readonly processPollMs?: number | undefined;
  },
  logger?: Logger,
): ProcessSensorSetup {
  const chosen = options.processSource
    ? { source: options.processSource, pollMs: 250 }
    : defaultProcessSensor(process.platform, logger);
  return { source: chosen.source, pollMs: options.processPollMs ?? chosen.pollMs };
}

/** The window sensor and screen capture a core uses: those given (null: none), or this OS's. */
export function chooseWindowSensor(options: {
  readonly windowSource?: WindowSource | null | undefined;
  readonly windowPollMs?: number | undefined;
  readonly screenCapture?: ScreenCapture | null | undefined;
}): WindowSensorSetup {
  const defaults =
    options.windowSource === undefined || options.screenCapture === undefined ? defaultWindowSensor() : null;
  return {
    source: options.windowSource === undefined ? (defaults?.source ?? null) : options.windowSource,
    pollMs: options.windowPollMs ?? defaults?.pollMs ?? 250,
    capture: options.screenCapture === undefined ? (defaults?.capture ?? null) : options.screenCapture,
  };
}

/** Windows' registry (advapi32 through koffi, loaded on the first read); null on other OSes. */
export function defaultRegistryReader(
  platform: NodeJS.Platform = process.platform,
): RegistryDwordReader | null {
  return platform === 'win32' ? readRegistryDword : null;
}
