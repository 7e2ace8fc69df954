import { checkMessage } from '../../../../shared/message-check/check-message';
import { remoteToolCatalog } from '../../core/catalog';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';

/**
 * `holdon check-message`: reads a message on standard input and prints
 * `{"verdict","score","redFlags":[{"id","explanation"}]}` (explanations in plain English).
 * Needs no database: the same pure checker the screen uses, with the shipped tool catalog.
 */
export async function runCheckMessage(io: CliIo): Promise<number> {
  const text = await io.readStdin();
  if (text.trim() === '')
    throw new UsageError('check-message reads the message on standard input (it was empty)');
  const result = checkMessage(text, remoteToolCatalog);
  io.stdout(
    `${JSON.stringify({
      verdict: result.verdict,
      score: result.score,
      redFlags: result.redFlags.map((f) => ({ id: f.id, explanation: f.text })),
    })}\n`,
  );
  return 0;
}
