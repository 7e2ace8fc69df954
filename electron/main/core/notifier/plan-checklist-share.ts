import { composeChecklistAlert } from '../../../../shared/alerts/compose-checklist-alert';
import type { ChecklistResult } from '../../../../shared/checklist/checklist-verdict';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { NewDelivery } from '../store/outbox-repository';
import { contextFor, eachChannel, messageExtras } from './plan-alerts';

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
  return eachChannel(settings)
    .filter((at) => contactName === undefined || at.contact.name === contactName)
    .map((at) => {
      const key = `checklist-${check.id}-${now}:${at.c}:${at.n}`;
      const ctx = contextFor(at.contact, settings);
      return {
        idempotencyKey: key,
        incidentId: null,
        kind: 'checklist' as const,
        contactName: at.contact.name,
        channelType: at.channel.type,
        channelTarget: at.target,
        message: {
          ...composeChecklistAlert(check.result, check.completedAt, ctx, key),
          ...messageExtras(ctx, settings),
        },
      };
    });
}
