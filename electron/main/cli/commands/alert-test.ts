import type { Core } from '../../core/core-host';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';

/** `holdon alert-test [--contact NAME]`: sends a test message and prints each channel's result. */
export async function runAlertTest(
  core: Core,
  contact: string | undefined,
  json: boolean,
  io: CliIo,
): Promise<number> {
  const result = await core.invoke('contacts.test', contact === undefined ? {} : { contactName: contact });
  if (!result.ok) throw new UsageError(result.error.message);
  const deliveries = result.value;
  for (const d of deliveries) {
    const line = {
      contact: d.contactName,
      channel: d.channelType,
      to: d.channelTarget,
      status: d.status,
      error: d.lastError,
    };
    io.stdout(
      json
        ? `${JSON.stringify(line)}\n`
        : `${d.status === 'sent' ? 'sent  ' : 'FAILED'}  ${d.contactName} by ${d.channelType} to ${d.channelTarget}${d.lastError ? `: ${d.lastError}` : ''}\n`,
    );
  }
  return deliveries.every((d) => d.status === 'sent') ? 0 : 1;
}
