import { composeChecklistAlert } from '../../../../../shared/alerts/compose-checklist-alert';
import type { ChecklistResult } from '../../../../../shared/checklist/checklist-verdict';
import type { Settings } from '../../../../../shared/settings/settings-schema';
import type { NewDelivery } from '../../store/outbox-repository';
import { buildDelivery, contextFor, slotsOf } from './deliveries';
import { alertKeys } from './thread-keys';

/** A finished check, as it is shared. */
export interface SharedCheck {
  readonly id: string;
  readonly completedAt: number;
  readonly result: ChecklistResult;
}

/**
 * "Send this to Ann": one delivery per trusted contact × channel, whatever severities the
 * contact chose for incidents, because the person asked for it to be sent. The key names the
 * check, the send and the channel, so pressing the button twice sends twice but a restart
 * in between never does.
 */
export function planChecklistShare(
  check: SharedCheck,
  settings: Settings,
  contactName: string | undefined,
  now: number,
): NewDelivery[] {
  return slotsOf(settings, contactName).map((slot) => {
    const key = alertKeys.checklist(check.id, now, slot);
    return buildDelivery(slot, settings, {
      key,
      kind: 'checklist',
      incidentId: null,
      message: composeChecklistAlert(
        check.result,
        check.completedAt,
        contextFor(slot.contact, settings),
        key,
      ),
    });
  });
}
