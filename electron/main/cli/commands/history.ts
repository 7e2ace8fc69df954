import { maxHistoryLimit } from '../../../../shared/ipc/contract';
import { historyTypes, type HistoryType } from '../../../../shared/model/history';
import type { Core } from '../../core/core-host';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';

/** `holdon history [--json] [--type T] [--limit N]`: what happened, newest first. */
export async function runHistory(
  core: Core,
  options: {
    readonly json: boolean;
    readonly type?: string | undefined;
    readonly limit?: string | undefined;
  },
  io: CliIo,
): Promise<number> {
  const type = options.type;
  if (type !== undefined && !(historyTypes as readonly string[]).includes(type))
    throw new UsageError(`--type must be one of ${historyTypes.join(', ')} (got "${type}")`);
  const limit = options.limit === undefined ? 1000 : Number(options.limit);
  // The contract's own bound (history.list): the CLI asks the core like the screens do.
  if (!Number.isInteger(limit) || limit < 1 || limit > maxHistoryLimit)
    throw new UsageError(
      `--limit must be a whole number from 1 to ${maxHistoryLimit} (got "${options.limit}")`,
    );
  const result = await core.invoke('history.list', { limit, ...(type ? { type: type as HistoryType } : {}) });
  if (!result.ok) throw new UsageError(result.error.message);
  const entries = result.value;
  if (options.json) {
    io.stdout(`${JSON.stringify(entries)}\n`);
    return 0;
  }
  if (entries.length === 0) io.stdout('Nothing has happened yet.\n');
  for (const e of entries) io.stdout(`${new Date(e.at).toISOString()}  ${e.type.padEnd(8)}  ${e.text}\n`);
  return 0;
}
