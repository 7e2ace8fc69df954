import { masked } from '../../../../../shared/settings/masked-secret';
import type { Migration } from './migration';

/** A push or webhook target written before topics and webhook addresses were secrets, masked. */
export function maskedTarget(type: string, target: string): string {
  if (type === 'webhook') return masked('url', target);
  if (type !== 'ntfy') return target;
  const cut = target.lastIndexOf('/');
  return `${target.slice(0, cut)}/${masked('topic', target.slice(cut + 1))}`;
}

/**
 * A push topic and a webhook address are secrets (anyone with them can read or send the
 * alerts), so the outbox, the reach records and the answer codes name them by their masked form
 * ("https://ntfy.sh/•••9c1e"), as the screens and the history do. Older rows are rewritten.
 */
export const maskedTargets: Migration = {
  version: 90,
  name: 'masked-targets',
  up(db) {
    const tables = [
      { table: 'outbox', key: 'id', type: 'channel_type' },
      { table: 'channel_reach', key: 'rowid', type: 'channel_type' },
      // Only push messages carry answer codes.
      { table: 'answer_codes', key: 'code_hash', type: "'ntfy'" },
    ];
    for (const { table, key, type } of tables) {
      const rows = db
        .prepare(
          `SELECT ${key} AS key, ${type} AS type, channel_target AS target FROM ${table} WHERE ${type} IN ('ntfy', 'webhook')`,
        )
        .all() as { key: unknown; type: string; target: string }[];
      const update = db.prepare(`UPDATE OR REPLACE ${table} SET channel_target = ? WHERE ${key} = ?`);
      for (const row of rows) update.run(maskedTarget(row.type, row.target), row.key);
    }
  },
};
