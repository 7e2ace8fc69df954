import type { Database } from 'better-sqlite3';
import type { AuditEvent } from '../../../../shared/model/incident';

/** The audit log: everything that lowers or restores protection, and what the app did. */
export interface EventRepository {
  append(type: string, detail: Readonly<Record<string, unknown>>, at: number): AuditEvent;
  list(limit: number): AuditEvent[];
}

interface Row {
  id: number;
  at: number;
  type: string;
  detail: string;
}

export function createEventRepository(db: Database): EventRepository {
  const insert = db.prepare<[number, string, string]>(
    'INSERT INTO events (at, type, detail) VALUES (?, ?, ?)',
  );
  const select = db.prepare<[number], Row>(
    'SELECT id, at, type, detail FROM events ORDER BY at DESC, id DESC LIMIT ?',
  );
  return {
    append(type, detail, at) {
      const info = insert.run(at, type, JSON.stringify(detail));
      return { id: Number(info.lastInsertRowid), at, type, detail };
    },
    list(limit) {
      return select.all(limit).map((r) => ({
        id: r.id,
        at: r.at,
        type: r.type,
        detail: JSON.parse(r.detail) as Record<string, unknown>,
      }));
    },
  };
}
