import type { DeliveryReason } from './alert';

/**
 * Whether a way to reach a family member is known to work. Setup and the screens say "working"
 * only when a test reached the person: the phone answered "It arrived", the person confirmed the
 * e-mail or text arrived, or the webhook's server took it.
 * - `untested`: no test was sent to it as it is set up now;
 * - `sent`: the service took the test; nobody has said it arrived yet;
 * - `working`: a test reached them;
 * - `failing`: the last test or alert could not be sent (`reason`).
 */
export type ReachState = 'untested' | 'sent' | 'working' | 'failing';

export interface ChannelReach {
  readonly type: string;
  /** Where it sends, as the outbox shows it (an address, a topic URL). */
  readonly target: string;
  readonly state: ReachState;
  /** When it last changed (epoch ms); null when never tested. */
  readonly at: number | null;
  readonly reason: DeliveryReason | null;
}

export interface ContactReach {
  readonly name: string;
  readonly channels: readonly ChannelReach[];
  /** At least one channel is working. */
  readonly reachable: boolean;
}

export interface FamilyReach {
  readonly contacts: readonly ContactReach[];
  /** Alerts are on (protection level `alert` or `block`). */
  readonly alertsOn: boolean;
  /** Someone will be told: alerts are on and at least one contact is reachable. */
  readonly someoneTold: boolean;
}
