import { composeWeekly, type WeeklyStats } from '../../../../../shared/alerts/compose-weekly';
import type { Settings } from '../../../../../shared/settings/settings-schema';
import type { OutboxRepository } from '../../store/outbox-repository';
import { buildDelivery, channelSlots, contextFor } from './deliveries';
import { alertKeys } from './thread-keys';

export const weekMs = 7 * 24 * 3_600_000;

export interface WeeklyAlertDeps {
  readonly outbox: OutboxRepository;
  readonly stats: (from: number, to: number) => WeeklyStats;
}

/**
 * The weekly "all is well" message, to every contact who did not turn it off, on each of their
 * channels: one a week, counted from when protection was set up. A week that ended while Hold
 * On was not running is sent when it starts again (only the latest: a missing week is news in
 * itself). The key names the week, so it is queued once however often this runs.
 */
export function queueWeeklyAlerts(
  deps: WeeklyAlertDeps,
  settings: Settings,
  protectedSince: number | null,
  now: number,
): number {
  if (protectedSince === null) return 0;
  const week = Math.floor((now - protectedSince) / weekMs);
  if (week < 1) return 0;
  const to = protectedSince + week * weekMs;
  const stats = deps.stats(to - weekMs, to);
  let queued = 0;
  for (const slot of channelSlots(settings)) {
    if (slot.contact.weekly === false) continue;
    const key = alertKeys.weekly(week, slot);
    queued += deps.outbox.enqueue(
      [
        buildDelivery(slot, settings, {
          key,
          kind: 'weekly',
          incidentId: null,
          message: composeWeekly(stats, contextFor(slot.contact, settings), key),
        }),
      ],
      now,
    );
  }
  return queued;
}

/** When the next weekly message is due (for the timer). */
export function nextWeeklyAt(protectedSince: number, now: number): number {
  return protectedSince + (Math.floor((now - protectedSince) / weekMs) + 1) * weekMs;
}
