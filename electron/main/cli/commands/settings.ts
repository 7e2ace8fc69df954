import { readFileSync, writeFileSync } from 'node:fs';
import { settingsToText } from '../../../../shared/settings/settings-validation';
import type { Core } from '../../core/core-host';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';

/** `holdon settings export [FILE]` and `holdon settings import FILE|-`. */
export async function runSettings(core: Core, args: readonly string[], io: CliIo): Promise<number> {
  const [action, file] = args;
  if (action === 'export') {
    // The caregiver's own copy, secrets included (the screens only ever get a redacted one).
    const text = settingsToText(core.settings.load());
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
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
    const result = await core.invoke('settings.import', { text });
    // Nothing is saved when the file is wrong: the message names the field.
    if (!result.ok) throw new UsageError(`${file}: ${result.error.message}`);
    io.stderr(`Settings imported from ${file === '-' ? 'standard input' : file}\n`);
    return 0;
  }
  throw new UsageError('settings needs "export [FILE]" or "import FILE"');
}
