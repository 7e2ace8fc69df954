import { composeChecklistAlert } from '../../../../shared/alerts/compose-checklist-alert';
import type { ChecklistResult } from '../../../../shared/checklist/checklist-verdict';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { NewDelivery } from '../store/outbox-repository';

type Contact = NonNullable<Settings['contacts']>[number];
type AnyChannel = Contact['channels'][number];

/** Where a channel delivers, without secrets: an address, a topic, a phone number or a URL. */
function targetOf(channel: AnyChannel): string {
  const fields = channel as Readonly<Record<string, unknown>>;
  for (const name of ['to', 'topic', 'url']) {
    const value = fields[name];
    if (typeof value === 'string') return value;
  }
  return channel.type;
}

/**
 * "Send this to Ann": one delivery per trusted contact × channel, whatever severities the
 * contact chose for incidents, because the person asked for it to be sent. The key names the
 * check, the send and the channel, so pressing the button twice sends twice but a restart
 * in between never does.
 */
export function planChecklistShare(
  check: { readonly id: string; readonly completedAt: number; readonly result: ChecklistResult },
  settings: Settings,
  contactName: string | undefined,
  now: number,
): NewDelivery[] {
  return (settings.contacts ?? []).flatMap((contact, c) =>
    contactName !== undefined && contact.name !== contactName
      ? []
      : contact.channels.map((channel, n) => {
          const key = `checklist-${check.id}-${now}:${c}:${n}`;
          return {
            idempotencyKey: key,
            incidentId: null,
            kind: 'checklist' as const,
            contactName: contact.name,
            channelType: channel.type,
            channelTarget: targetOf(channel),
            message: composeChecklistAlert(
              check.result,
              check.completedAt,
              {
                language: contact.language ?? settings.language ?? 'en',
                seniorName: settings.seniorName,
                computerName: settings.computerName,
              },
              key,
            ),
          };
        }),
  );
}
