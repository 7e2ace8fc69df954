import { ApiFailure } from '../../../../shared/ipc/api-failure';
import type { Core } from '../../core/core-host';
import type { CliIo } from '../cli-io';
import { inputLimits, readAllBounded } from '../bounded-input';
import { UsageError } from '../usage-error';

/**
 * `holdon pin reset`: the forgotten-PIN way back. The new PIN is read from standard input
 * (never from the command line, where other users' `ps` could see it). Whoever can run
 * this owns the computer account and could change the database anyway; the reset is written
 * to the audit log as `pin.reset`, which every trusted contact is told about.
 */
export async function runPin(core: Core, args: readonly string[], io: CliIo): Promise<number> {
  const [action] = args;
  if (action !== 'reset') throw new UsageError('pin needs "reset" (the new PIN is read from standard input)');
  const newPin =
    (await readAllBounded(io.stdin(), inputLimits.pin, 'the new PIN')).split(/\r?\n/)[0]?.trim() ?? '';
  if (newPin === '') throw new UsageError('pin reset: type the new PIN (6 to 12 digits) on standard input');
  try {
    await core.owner.resetPin(newPin);
  } catch (error) {
    if (error instanceof ApiFailure) throw new UsageError(`pin reset: ${error.message}`);
    throw error;
  }
  io.stderr('The caregiver PIN was replaced. Every trusted contact will be told.\n');
  return 0;
}
