import type { Database } from 'better-sqlite3';

export interface PruneCounts {
  readonly incidents: number;
  readonly events: number;
  readonly alerts: number;
}

/** Removes history older than the caregiver's chosen time. */
export interface HistoryRepository {
  prune(before: number): PruneCounts;
}

export function createHistoryRepository(db: Database): HistoryRepository {
  // Open incidents and alerts still being sent are never removed, however old.
  const incidents = db.prepare<[number]>(
    'DELETE FROM incidents WHERE detected_at < ? AND resolved_at IS NOT NULL',
  );
  const events = db.prepare<[number]>('DELETE FROM events WHERE at < ?');
  const alerts = db.prepare<[number]>("DELETE FROM outbox WHERE created_at < ? AND status != 'queued'");
  const prune = db.transaction((before: number): PruneCounts => ({
    alerts: alerts.run(before).changes,
    incidents: incidents.run(before).changes,
    events: events.run(before).changes,
  }));
  return { prune: (before) => prune(before) };
}
