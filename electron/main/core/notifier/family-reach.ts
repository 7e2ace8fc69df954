import type { Delivery } from '../../../../shared/model/alert';
import type { ChannelReach, FamilyReach } from '../../../../shared/model/family-reach';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { ReachRepository, ReachRecord } from '../store/reach-repository';
import type { Recipient } from '../store/outbox-repository';
import type { SendResult } from './delivery/outbox-dispatcher';
import { channelSlots } from './planning/deliveries';

/**
 * Whether each way to reach the family works, told truthfully. A channel is `working` only when
 * a test reached the person: the phone tapped "It arrived", the person said the e-mail or text
 * arrived, or a webhook's server took it (a machine that answers is the receiver). A service
 * that only took the message makes it `sent`; a send that failed for good makes it `failing`.
 */
export interface FamilyReachTracker {
  /** What the dispatcher did with a delivery. */
  recordSend(delivery: Delivery, result: SendResult): void;
  /** A test reached the person (the phone's "It arrived", or the caregiver said so). */
  markWorking(to: Recipient, at: number): void;
  /** The reach of every contact in these settings. */
  view(settings: Settings): FamilyReach;
}

export function createFamilyReachTracker(deps: {
  readonly repository: ReachRepository;
  readonly onChange: () => void;
}): FamilyReachTracker {
  const { repository } = deps;
  const set = (record: ReachRecord): void => {
    repository.set(record);
    deps.onChange();
  };
  const recipient = (d: Delivery): Recipient => ({
    contactName: d.contactName,
    channelType: d.channelType,
    channelTarget: d.channelTarget,
  });
  return {
    recordSend(delivery, result) {
      const to = recipient(delivery);
      const before = repository.get(to);
      if (result.sent) {
        // A machine's 2xx is its own receipt; a person's inbox or phone is not known to have it yet.
        const state =
          delivery.channelType === 'webhook' ? 'working' : before?.state === 'working' ? 'working' : 'sent';
        if (
          delivery.kind === 'test' ||
          before?.state === 'failing' ||
          (state === 'working' && before?.state !== 'working')
        )
          set({ ...to, state, at: result.at, reason: null });
        return;
      }
      if (result.final) set({ ...to, state: 'failing', at: result.at, reason: result.reason });
    },
    markWorking(to, at) {
      set({ ...to, state: 'working', at, reason: null });
    },
    view(settings) {
      const known = repository.all();
      const reachOf = (to: Recipient): ChannelReach => {
        const record = known.find(
          (r) =>
            r.contactName === to.contactName &&
            r.channelType === to.channelType &&
            r.channelTarget === to.channelTarget,
        );
        return {
          type: to.channelType,
          target: to.channelTarget,
          state: record?.state ?? 'untested',
          at: record?.at ?? null,
          reason: record?.reason ?? null,
        };
      };
      const slots = channelSlots(settings);
      const contacts = (settings.contacts ?? []).map((contact, c) => {
        const channels = slots
          .filter((s) => s.c === c)
          .map((s) =>
            reachOf({ contactName: contact.name, channelType: s.channel.type, channelTarget: s.target }),
          );
        return { name: contact.name, channels, reachable: channels.some((ch) => ch.state === 'working') };
      });
      const alertsOn = (settings.protection?.level ?? 'alert') !== 'warn';
      return { contacts, alertsOn, someoneTold: alertsOn && contacts.some((c) => c.reachable) };
    },
  };
}
