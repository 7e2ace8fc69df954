import type { Migration } from './migration';

/**
 * Incidents name the tool and the process, and their reasons become message codes with values
 * (so each screen can say them in its own language). Older plain-text reasons are kept as text.
 */
export const incidentDetails: Migration = {
  version: 20,
  name: 'incident-details',
  up(db) {
    db.exec(`
      ALTER TABLE incidents ADD COLUMN tool_name TEXT;
      ALTER TABLE incidents ADD COLUMN process_name TEXT;
      CREATE INDEX incidents_open ON incidents (resolved_at) WHERE resolved_at IS NULL;
    `);
    const rows = db.prepare<[], { id: string; reasons: string }>('SELECT id, reasons FROM incidents').all();
    const update = db.prepare<[string, string]>('UPDATE incidents SET reasons = ? WHERE id = ?');
    for (const row of rows) {
      const old = JSON.parse(row.reasons) as unknown[];
      const reasons = old.map((r) =>
        typeof r === 'string' ? { code: 'reason.text', vars: { text: r }, text: r } : r,
      );
      update.run(JSON.stringify(reasons), row.id);
    }
  },
};
