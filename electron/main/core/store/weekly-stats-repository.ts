import type { Database } from 'better-sqlite3';
import type { WeeklyStats } from '../../../../shared/alerts/compose-weekly';

const hourMs = 3_600_000;

/** Protected time, counted a minute at a time, and the week's numbers from the records. */
export interface WeeklyStatsRepository {
  /** Adds a minute (or more) of protection at this time. */
  addMinutes(at: number, minutes: number): void;
  stats(from: number, to: number): WeeklyStats;
}

export function createWeeklyStatsRepository(db: Database): WeeklyStatsRepository {
  const add = db.prepare<[number, number]>(
    'INSERT INTO protected_minutes (hour, minutes) VALUES (?, ?) ' +
      'ON CONFLICT (hour) DO UPDATE SET minutes = min(60, minutes + excluded.minutes)',
  );
  const minutes = db.prepare<[number, number], { total: number | null }>(
    'SELECT sum(minutes) AS total FROM protected_minutes WHERE hour >= ? AND hour < ?',
  );
  const incidents = db.prepare<[number, number], { kind: string; n: number }>(
    "SELECT kind, count(*) AS n FROM incidents WHERE detected_at >= ? AND detected_at < ? AND severity IN ('warning', 'danger') GROUP BY kind",
  );
  const alerts = db.prepare<[number, number], { n: number }>(
    "SELECT count(*) AS n FROM outbox WHERE status = 'sent' AND sent_at >= ? AND sent_at < ? AND kind IN ('incident', 'follow-up', 'summary', 'tamper', 'health')",
  );
  const pauses = db.prepare<[number, number], { n: number }>(
    "SELECT count(*) AS n FROM events WHERE type = 'protection.paused' AND at >= ? AND at < ?",
  );
  return {
    addMinutes: (at, n) => void add.run(Math.floor(at / hourMs), n),
    stats(from, to) {
      const byKind = new Map(incidents.all(from, to).map((r) => [r.kind, r.n]));
      const total = minutes.get(Math.floor(from / hourMs), Math.ceil(to / hourMs))?.total ?? 0;
      return {
        protectedHours: Math.round(total / 60),
        remoteToolWarnings: byKind.get('remote-tool') ?? 0,
        scamPageWarnings: byKind.get('browser-lockup') ?? 0,
        alertsSent: alerts.get(from, to)?.n ?? 0,
        pauses: pauses.get(from, to)?.n ?? 0,
      };
    },
  };
}
