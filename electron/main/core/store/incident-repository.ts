import type { Database } from 'better-sqlite3';
import type { Incident, IncidentKind, Severity } from '../../../../shared/model/incident';

export interface IncidentRepository {
  insert(incident: Incident): void;
  list(limit: number): Incident[];
  countOpen(): number;
  resolve(id: string, resolution: string, at: number): boolean;
}

interface Row {
  id: string;
  kind: string;
  severity: string;
  title: string;
  reasons: string;
  tool_id: string | null;
  pid: number | null;
  detected_at: number;
  resolved_at: number | null;
  resolution: string | null;
}

const fromRow = (r: Row): Incident => ({
  id: r.id,
  kind: r.kind as IncidentKind,
  severity: r.severity as Severity,
  title: r.title,
  reasons: JSON.parse(r.reasons) as string[],
  toolId: r.tool_id,
  pid: r.pid,
  detectedAt: r.detected_at,
  resolvedAt: r.resolved_at,
  resolution: r.resolution,
});

export function createIncidentRepository(db: Database): IncidentRepository {
  const insert = db.prepare(
    'INSERT INTO incidents (id, kind, severity, title, reasons, tool_id, pid, detected_at, resolved_at, resolution) ' +
      'VALUES (@id, @kind, @severity, @title, @reasons, @toolId, @pid, @detectedAt, @resolvedAt, @resolution)',
  );
  const list = db.prepare<[number], Row>(
    'SELECT * FROM incidents ORDER BY detected_at DESC, id DESC LIMIT ?',
  );
  const countOpen = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM incidents WHERE resolved_at IS NULL AND severity IN ('warning', 'danger')",
  );
  const resolve = db.prepare<[number, string, string]>(
    'UPDATE incidents SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL',
  );
  return {
    insert(incident) {
      insert.run({ ...incident, reasons: JSON.stringify(incident.reasons) });
    },
    list: (limit) => list.all(limit).map(fromRow),
    countOpen: () => countOpen.get()?.n ?? 0,
    resolve: (id, resolution, at) => resolve.run(at, resolution, id).changes > 0,
  };
}
