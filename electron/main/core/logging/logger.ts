import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { redactAddresses } from '../../../../shared/settings/redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
type Fields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  /** A logger whose lines carry `scope`, e.g. `store` or `preview`. */
  child(scope: string): Logger;
}

const rank: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface FileLoggerOptions {
  readonly dir: string;
  readonly fileName?: string;
  /** Rotate when the file grows past this many bytes. */
  readonly maxBytes?: number;
  /** How many rotated files to keep (`holdon.1.log` … `holdon.N.log`). */
  readonly keep?: number;
  readonly level?: LogLevel;
  readonly now?: () => number;
}

function serialise(fields: Fields | undefined): Fields | undefined {
  if (!fields) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] =
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return out;
}

/**
 * One JSON line per entry in `<dir>/holdon.log`, rotated by size. Writes are synchronous so
 * the last lines before a crash are on disk; the app logs rarely, so this costs nothing.
 */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const fileName = options.fileName ?? 'holdon.log';
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = options.keep ?? 3;
  const minimum = rank[options.level ?? 'info'];
  const now = options.now ?? Date.now;
  const path = join(options.dir, fileName);
  mkdirSync(options.dir, { recursive: true });
  let size = existsSync(path) ? statSync(path).size : 0;

  const rotated = (n: number): string => join(options.dir, fileName.replace(/\.log$/, `.${n}.log`));
  const rotate = (): void => {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    }
    renameSync(path, rotated(1));
    size = 0;
  };

  const write = (scope: string | undefined, level: LogLevel, message: string, fields?: Fields): void => {
    if (rank[level] < minimum) return;
    // No address in the log keeps its name, password, path or query (a webhook token, a topic).
    const entry = { t: new Date(now()).toISOString(), level, scope, message, ...serialise(fields) };
    const line = `${redactAddresses(JSON.stringify(entry))}\n`;
    try {
      if (size > 0 && size + line.length > maxBytes) rotate();
      appendFileSync(path, line);
      size += Buffer.byteLength(line);
    } catch {
      // A full or read-only disk must never take protection down with it.
    }
  };

  const make = (scope: string | undefined): Logger => ({
    debug: (m, f) => write(scope, 'debug', m, f),
    info: (m, f) => write(scope, 'info', m, f),
    warn: (m, f) => write(scope, 'warn', m, f),
    error: (m, f) => write(scope, 'error', m, f),
    child: (s) => make(scope ? `${scope}.${s}` : s),
  });
  return make(undefined);
}
