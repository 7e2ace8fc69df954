import { writeFileSync } from 'node:fs';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import type { Core } from '../../core/core-host';
import { inputLimits, readAllBounded, readFileBounded } from '../bounded-input';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';

/**
 * `holdon settings export [FILE]` and `holdon settings import FILE|-`. No PIN: the command line
 * is for whoever owns the computer account, who can read and change the database file anyway.
 * Both are written to the audit log, so the family still hears of an import.
 */
export async function runSettings(core: Core, args: readonly string[], io: CliIo): Promise<number> {
  const [action, file] = args;
  if (action === 'export') {
    // The caregiver's own copy, secrets included (the screens only ever get a redacted one).
    const text = core.owner.exportSettings();
    if (file && file !== '-') {
      writeFileSync(file, text, { mode: 0o600 });
      io.stderr(`Settings written to ${file}\n`);
    } else {
      io.stdout(text);
    }
    return 0;
  }
  if (action === 'import') {
    if (!file) throw new UsageError('settings import needs a file (or - for standard input)');
    const text =
      file === '-'
        ? await readAllBounded(io.stdin(), inputLimits.settings, 'the settings on standard input')
        : readFileBounded(file, inputLimits.settings);
    try {
      core.owner.importSettings(text);
    } catch (error) {
      // Nothing is saved when the file is wrong: the message names the field.
      if (error instanceof ApiFailure) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    io.stderr(`Settings imported from ${file === '-' ? 'standard input' : file}\n`);
    return 0;
  }
  throw new UsageError('settings needs "export [FILE]" or "import FILE"');
}
