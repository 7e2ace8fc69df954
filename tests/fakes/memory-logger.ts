import type { Logger, LogLevel } from '../../electron/main/core/logging/logger';

/** A logger that keeps entries in memory, for tests. */
export function createMemoryLogger(): Logger & { readonly lines: { level: LogLevel; message: string }[] } {
  const lines: { level: LogLevel; message: string }[] = [];
  const make = (): Logger => ({
    debug: (message) => lines.push({ level: 'debug', message }),
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
    error: (message) => lines.push({ level: 'error', message }),
    child: () => make(),
  });
  return Object.assign(make(), { lines });
}
