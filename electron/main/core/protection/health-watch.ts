import type { Database } from 'better-sqlite3';
import type { AuditLog } from '../audit-log';
import type { RegistryDwordReader } from '../../../../shared/windows/windows-protections';
import type { ActiveClock } from '../ports/active-clock';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { SettingsRepository } from '../store/settings-repository';
import { createWeeklyStatsRepository } from '../store/weekly-stats-repository';
import { createHealthMonitor } from './health-monitor';
import { withWindowsProtectionWatch } from './windows-protection-watch';

/**
 * Everything that watches Hold On itself, started and stopped together: the heartbeat and the
 * gaps it finds (health-monitor.ts), the protected minutes of the weekly message and, on
 * Windows, the system protections a caller may ask to switch off (windows-protection-watch.ts).
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
  };
  /** Protection is on (not paused): the minute counts as protected. */
  readonly protecting: () => boolean;
}): { start(): void; stop(): void } {
  const { state, audit, clock, options } = deps;
  return withWindowsProtectionWatch(
    createHealthMonitor({
      state,
      audit,
      clock,
      uptimeMs: options.uptimeMs,
      activeMs: options.activeMs,
      protecting: deps.protecting,
      stats: createWeeklyStatsRepository(deps.db),
    }),
    { read: options.registry, state, audit, clock, logger: deps.logger },
  );
}
