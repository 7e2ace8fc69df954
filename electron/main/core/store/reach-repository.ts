import type { Database } from 'better-sqlite3';
import type { DeliveryReason } from '../../../../shared/model/alert';
import type { ReachState } from '../../../../shared/model/family-reach';
import type { Recipient } from './outbox-repository';

export interface ReachRecord extends Recipient {
  readonly state: Exclude<ReachState, 'untested'>;
  readonly at: number;
  readonly reason: DeliveryReason | null;
}

/** Whether each contact × channel is known to work; a channel with no row was never tested. */
export interface ReachRepository {
  all(): ReachRecord[];
  get(to: Recipient): ReachRecord | null;
  set(record: ReachRecord): void;
}

interface Row {
  contact_name: string;
  channel_type: string;
  channel_target: string;
  state: string;
  at: number;
  reason: string | null;
}

const fromRow = (r: Row): ReachRecord => ({
  contactName: r.contact_name,
  channelType: r.channel_type,
  channelTarget: r.channel_target,
  state: r.state as ReachRecord['state'],
  at: r.at,
  reason: r.reason as DeliveryReason | null,
});

export function createReachRepository(db: Database): ReachRepository {
  const all = db.prepare<[], Row>('SELECT * FROM channel_reach');
  const one = db.prepare<[Recipient], Row>(
    'SELECT * FROM channel_reach WHERE contact_name = @contactName AND channel_type = @channelType AND channel_target = @channelTarget',
  );
  const upsert = db.prepare(
    'INSERT INTO channel_reach (contact_name, channel_type, channel_target, state, at, reason) ' +
      'VALUES (@contactName, @channelType, @channelTarget, @state, @at, @reason) ' +
      'ON CONFLICT (contact_name, channel_type, channel_target) DO UPDATE SET state = excluded.state, at = excluded.at, reason = excluded.reason',
  );
  return {
    all: () => all.all().map(fromRow),
    get(to) {
      const row = one.get({
        contactName: to.contactName,
        channelType: to.channelType,
        channelTarget: to.channelTarget,
      });
      return row ? fromRow(row) : null;
    },
    set: (r) =>
      void upsert.run({
        contactName: r.contactName,
        channelType: r.channelType,
        channelTarget: r.channelTarget,
        state: r.state,
        at: r.at,
        reason: r.reason,
      }),
  };
}
