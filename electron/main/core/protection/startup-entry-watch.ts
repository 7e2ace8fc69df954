import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { Protection } from './protection-state';

/**
 * Hold On's entry in what the system starts at login: the XDG autostart file on Linux, the
 * login items on Windows (where Task Manager → Startup → Disable switches it off) and macOS.
 * The installed app gives one; the command line and development runs have none.
 */
export interface StartupEntry {
  /** It is there and enabled: Hold On starts at the next login. */
  isRegistered(): boolean;
  /** Puts it back (and enables it again). */
  register(): void;
}

/** How often the entry is looked at (a look is one file or registry read). */
export const startupCheckMs = 60_000;

/**
 * Notices Hold On's start-up entry removed or disabled while it runs: without it, the next
 * restart leaves the computer unprotected, and nothing would say so. It becomes the audit event
 * `autostart.removed` (a tamper alert to the family) and the entry is put back at once; if that
 * fails, protection is "degraded" until it is there again.
 */
export function createStartupEntryWatch(deps: {
  readonly entry: StartupEntry;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly protection: Pick<Protection, 'setDegraded'>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly everyMs?: number;
}): { start(): void; stop(): void } {
  const { entry, audit, clock, logger } = deps;
  let timer: { cancel(): void } | null = null;

  const putBack = (): boolean => {
    try {
      entry.register();
      return entry.isRegistered();
    } catch (error) {
      logger.error('could not put the start-up entry back', { error });
      return false;
    }
  };
  /** `report`: a missing entry is news (false on the first look: a new install has none yet). */
  const look = (report: boolean): void => {
    let there: boolean;
    try {
      there = entry.isRegistered();
    } catch (error) {
      logger.error('could not read the start-up entry', { error });
      return;
    }
    if (there) return deps.protection.setDegraded('startup', null);
    const restored = putBack();
    if (report) audit.append('autostart.removed', { restored }, clock.now());
    else logger.info('start-up entry registered', { restored });
    deps.protection.setDegraded('startup', restored ? null : 'Hold On would not start at the next login');
  };
  const schedule = (): void => {
    timer = clock.setTimeout(() => {
      look(true);
      schedule();
    }, deps.everyMs ?? startupCheckMs);
  };
  return {
    start() {
      if (timer) return;
      look(false);
      schedule();
    },
    stop() {
      timer?.cancel();
      timer = null;
    },
  };
}
