import {
  protectionsOff,
  type RegistryDwordReader,
  type WindowsProtectionId,
} from '../../../../shared/windows/windows-protections';
import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import { defaultRegistryReader } from '../sensors/default-sensors';
import type { SettingsRepository } from '../store/settings-repository';

const reportedKey = 'windows.protections-off';

export interface WindowsProtectionWatchOptions {
  readonly read: RegistryDwordReader;
  readonly state: SettingsRepository;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How often the values are read again (default 5 s; about 0.3 ms for all of them). */
  readonly everyMs?: number;
}

/**
 * Reports Windows protections switched off (shared/windows/windows-protections.ts): one found
 * off when Hold On starts, or switched off while it runs, becomes the audit event
 * `windows.protection-off`, a tamper alert to the family. Each is told once while it stays off
 * (remembered across restarts); switched on and off again, it is told again.
 */
export function createWindowsProtectionWatch(options: WindowsProtectionWatchOptions): {
  start(): void;
  stop(): void;
} {
  const { state, audit, clock, logger } = options;
  const every = options.everyMs ?? 5000;
  let timer: { cancel(): void } | null = null;
  let failed = false;

  const look = (): void => {
    let off: WindowsProtectionId[];
    try {
      off = protectionsOff(options.read);
      failed = false;
    } catch (error) {
      if (!failed) logger.error('cannot read the Windows protection settings', { error });
      failed = true;
      return;
    }
    const stored = state.get(reportedKey);
    const reported = new Set(Array.isArray(stored) ? (stored as string[]) : []);
    const now = clock.now();
    for (const id of off) {
      if (!reported.has(id)) audit.append('windows.protection-off', { setting: id }, now);
    }
    if (off.length !== reported.size || off.some((id) => !reported.has(id))) state.put(reportedKey, off, now);
  };
  const tick = (): void => {
    look();
    timer = clock.setTimeout(tick, every);
  };
  return {
    start() {
      if (!timer) tick();
    },
    stop() {
      timer?.cancel();
      timer = null;
    },
  };
}

/**
 * The health monitor, and on Windows the protection watch beside it: started and stopped
 * together. `read` undefined means this OS's registry (Windows only); null, none.
 */
export function withWindowsProtectionWatch(
  health: { start(): void; stop(): void },
  options: Omit<WindowsProtectionWatchOptions, 'read'> & {
    readonly read: RegistryDwordReader | null | undefined;
  },
): { start(): void; stop(): void } {
  const read = options.read === undefined ? defaultRegistryReader() : options.read;
  const watch = read ? createWindowsProtectionWatch({ ...options, read }) : null;
  return {
    start() {
      health.start();
      watch?.start();
    },
    stop() {
      health.stop();
      watch?.stop();
    },
  };
}
