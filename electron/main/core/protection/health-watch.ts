import type { Database } from 'better-sqlite3';
import type { AuditLog } from '../audit-log';
import type { RegistryDwordReader } from '../../../../shared/windows/windows-protections';
import type { ActiveClock } from '../ports/active-clock';
import type { BootFacts } from '../ports/boot-facts';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { SettingsRepository } from '../store/settings-repository';
import { createWeeklyStatsRepository } from '../store/weekly-stats-repository';
import { createHealthMonitor } from './health-monitor';
import { createHeartbeatPing, type PingStop } from './heartbeat-ping';
import type { Protection } from './protection-state';
import { createStartupEntryWatch, type StartupEntry } from './startup-entry-watch';
import { withWindowsProtectionWatch } from './windows-protection-watch';

export interface HealthWatch {
  start(): void;
  stop(): void;
  /** Hold On is being stopped (with the PIN, or without it): the family's monitor hears of it at once. */
  stopping(how?: PingStop): Promise<boolean>;
}

/**
 * Everything that watches Hold On itself, started and stopped together: the heartbeat and the
 * gaps it finds (health-monitor.ts), the protected minutes of the weekly message and, on
 * Windows, the system protections a caller may ask to switch off (windows-protection-watch.ts),
 * the dead-man's switch that calls the family's monitor (heartbeat-ping.ts), and Hold On's own
 * start-up entry, put back when removed (startup-entry-watch.ts).
 */
export function createHealthWatch(deps: {
  readonly db: Database;
  readonly state: SettingsRepository;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** As in the core's options: the clocks that tell a switched-off computer, and Windows' registry. */
  readonly options: {
    readonly uptimeMs?: (() => number) | undefined;
    readonly activeMs?: ActiveClock | undefined;
    readonly registry?: RegistryDwordReader | null | undefined;
    readonly boot?: BootFacts | undefined;
    readonly startupEntry?: StartupEntry | null | undefined;
  };
  /** Protection is on (not paused): the minute counts as protected. Degraded when the start-up entry cannot be kept. */
  readonly protection: Pick<Protection, 'pausedUntil' | 'setDegraded'>;
  /** The dead-man's switch from the settings (with its secret address), or null. */
  readonly heartbeat: () => { readonly url: string; readonly everyMinutes: number } | null;
  readonly fetch?: typeof fetch;
}): HealthWatch {
  const { state, audit, clock, options } = deps;
  const ping = createHeartbeatPing({
    clock,
    logger: deps.logger,
    target: deps.heartbeat,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const watch = withWindowsProtectionWatch(
    createHealthMonitor({
      state,
      audit,
      clock,
      uptimeMs: options.uptimeMs,
      activeMs: options.activeMs,
      boot: options.boot,
      protecting: () => deps.protection.pausedUntil() === null,
      stats: createWeeklyStatsRepository(deps.db),
    }),
    { read: options.registry, state, audit, clock, logger: deps.logger },
  );
  const startup = options.startupEntry
    ? createStartupEntryWatch({ ...deps, entry: options.startupEntry })
    : null;
  return {
    start() {
      watch.start();
      ping.start();
      startup?.start();
    },
    stop() {
      watch.stop();
      ping.stop();
      startup?.stop();
    },
    stopping: (how = 'stopping') => ping.signal(how),
  };
}
