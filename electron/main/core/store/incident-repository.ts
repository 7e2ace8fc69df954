import type { Database } from 'better-sqlite3';
import type { Incident, IncidentKind, IncidentReason, Severity } from '../../../../shared/model/incident';

export interface IncidentRepository {
  insert(incident: Incident): void;
  get(id: string): Incident | null;
  list(limit: number): Incident[];
  countOpen(): number;
  /** Raises the severity (never lowers it) and adds a reason; returns the updated incident. */
  escalate(id: string, severity: Severity, reason: IncidentReason): Incident | null;
  resolve(id: string, resolution: string, at: number): Incident | null;
}

interface Row {
  id: string;
  kind: string;
  severity: string;
  title: string;
  reasons: string;
  tool_id: string | null;
  tool_name: string | null;
  pid: number | null;
  process_name: string | null;
  detected_at: number;
  resolved_at: number | null;
  resolution: string | null;
}

const fromRow = (r: Row): Incident => ({
  id: r.id,
  kind: r.kind as IncidentKind,
  severity: r.severity as Severity,
  title: r.title,
  reasons: JSON.parse(r.reasons) as IncidentReason[],
  toolId: r.tool_id,
  toolName: r.tool_name,
  pid: r.pid,
  processName: r.process_name,
  detectedAt: r.detected_at,
  resolvedAt: r.resolved_at,
  resolution: r.resolution,
});

export function createIncidentRepository(db: Database): IncidentRepository {
  const insert = db.prepare(
    'INSERT INTO incidents (id, kind, severity, title, reasons, tool_id, tool_name, pid, process_name, detected_at, resolved_at, resolution) ' +
      'VALUES (@id, @kind, @severity, @title, @reasons, @toolId, @toolName, @pid, @processName, @detectedAt, @resolvedAt, @resolution)',
  );
  const get = db.prepare<[string], Row>('SELECT * FROM incidents WHERE id = ?');
  const list = db.prepare<[number], Row>(
    'SELECT * FROM incidents ORDER BY detected_at DESC, id DESC LIMIT ?',
  );
  const countOpen = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM incidents WHERE resolved_at IS NULL AND severity IN ('warning', 'danger')",
  );
  const setSeverityAndReasons = db.prepare<[string, string, string]>(
    'UPDATE incidents SET severity = ?, reasons = ? WHERE id = ?',
  );
  const resolve = db.prepare<[number, string, string]>(
    'UPDATE incidents SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL',
  );
  const rank: Readonly<Record<string, number>> = { notice: 0, warning: 1, danger: 2 };
  const getOne = (id: string): Incident | null => {
    const row = get.get(id);
    return row ? fromRow(row) : null;
  };
  return {
    insert(incident) {
      insert.run({ ...incident, reasons: JSON.stringify(incident.reasons) });
    },
    get: getOne,
    list: (limit) => list.all(limit).map(fromRow),
    countOpen: () => countOpen.get()?.n ?? 0,
    escalate(id, severity, reason) {
      const current = getOne(id);
      if (!current) return null;
      const next = (rank[severity] ?? 0) > (rank[current.severity] ?? 0) ? severity : current.severity;
      setSeverityAndReasons.run(next, JSON.stringify([...current.reasons, reason]), id);
      return getOne(id);
    },
    resolve(id, resolution, at) {
      resolve.run(at, resolution, id);
      return getOne(id);
    },
  };
}
