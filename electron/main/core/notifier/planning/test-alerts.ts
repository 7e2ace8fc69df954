import { composeTestAlert } from '../../../../../shared/alerts/compose-alert';
import type { Settings } from '../../../../../shared/settings/settings-schema';
import type { NewDelivery } from '../../store/outbox-repository';
import { buildDelivery, contextFor, slotsOf } from './deliveries';
import { alertKeys } from './thread-keys';

/** A test message to one contact (or all), on every channel. */
export function planTestAlerts(
  settings: Settings,
  contactName: string | undefined,
  now: number,
): NewDelivery[] {
  return slotsOf(settings, contactName).map((slot) => {
    const key = alertKeys.test(now, slot);
    return buildDelivery(slot, settings, {
      key,
      kind: 'test',
      incidentId: null,
      message: composeTestAlert(slot.contact.name, contextFor(slot.contact, settings), key),
    });
  });
}
