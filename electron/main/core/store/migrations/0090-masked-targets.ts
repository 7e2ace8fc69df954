import type { Database } from 'better-sqlite3';
import { masked } from '../../../../../shared/settings/masked-secret';
import type { Migration } from './migration';

/** A webhook's target as it was written before: its address without a name, password or query. */
function legacyTarget(url: string): string | null {
  try {
    const address = new URL(url);
    address.username = '';
    address.password = '';
    address.search = '';
    return address.toString();
  } catch {
    return null;
  }
}

/**
 * The webhook addresses of the stored settings, by the target they were written under: the old
 * target left out the query, so only the address itself gives the new one.
 */
function webhooksByLegacyTarget(db: Database): Map<string, string> {
  const found = new Map<string, string>();
  const row = db.prepare("SELECT value FROM settings WHERE key = 'settings'").get() as
    { value: string } | undefined;
  try {
    const settings = JSON.parse(row?.value ?? '{}') as {
      contacts?: { channels?: { type?: unknown; url?: unknown }[] }[];
    };
    for (const contact of settings.contacts ?? []) {
      for (const channel of contact.channels ?? []) {
        if (channel.type !== 'webhook' || typeof channel.url !== 'string') continue;
        const old = legacyTarget(channel.url);
        if (old !== null && !found.has(old)) found.set(old, masked('url', channel.url));
      }
    }
  } catch {
    // Unreadable settings: every webhook target is masked from what the row itself holds.
  }
  return found;
}

/** A push or webhook target written before topics and webhook addresses were secrets, masked. */
export function maskedTarget(type: string, target: string, webhooks = new Map<string, string>()): string {
  if (type === 'webhook') return webhooks.get(target) ?? masked('url', target);
  if (type !== 'ntfy') return target;
  const cut = target.lastIndexOf('/');
  return `${target.slice(0, cut)}/${masked('topic', target.slice(cut + 1))}`;
}

/**
 * A push topic and a webhook address are secrets (anyone with them can read or send the
 * alerts), so the outbox, the reach records and the answer codes name them by their masked form
 * ("https://ntfy.sh/•••9c1e"), as the screens and the history do. Older rows are rewritten; a
 * webhook's from the address in the settings, whose query the old target left out.
 */
export const maskedTargets: Migration = {
  version: 90,
  name: 'masked-targets',
  up(db) {
    const webhooks = webhooksByLegacyTarget(db);
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
      for (const row of rows) update.run(maskedTarget(row.type, row.target, webhooks), row.key);
    }
  },
};
