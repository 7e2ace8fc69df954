import { composeTestAlert } from '../../../../../shared/alerts/compose-alert';
import type { Settings } from '../../../../../shared/settings/settings-schema';
import type { NewDelivery } from '../../store/outbox-repository';
import type { AnswerIssuer } from '../answers/answer-codes';
import { buildDelivery, contextFor, slotsOf } from './deliveries';
import { alertKeys } from './thread-keys';

/**
 * A test message to one contact (or all), on every channel. A push that can be answered carries
 * an "It arrived" button: the channel is "working" only when it is tapped.
 */
export function planTestAlerts(
  settings: Settings,
  contactName: string | undefined,
  now: number,
  answersFor: AnswerIssuer,
): NewDelivery[] {
  return slotsOf(settings, contactName).map((slot) => {
    const key = alertKeys.test(now, slot);
    const ctx = contextFor(slot.contact, settings);
    return buildDelivery(slot, settings, {
      key,
      kind: 'test',
      incidentId: null,
      message: {
        ...composeTestAlert(slot.contact.name, ctx, key),
        ...answersFor(slot, ['arrived'], null, ctx.language),
      },
    });
  });
}
