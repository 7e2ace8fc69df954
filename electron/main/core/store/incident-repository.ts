import type { Database } from 'better-sqlite3';
import type { Incident, IncidentKind, IncidentReason, Severity } from '../../../../shared/model/incident';

export interface IncidentRepository {
  insert(incident: Incident): void;
  get(id: string): Incident | null;
  list(limit: number): Incident[];
  countOpen(): number;
  /** Open warnings (warning or danger, not resolved), newest first. */
  listOpen(limit: number): Incident[];
  /** Open incidents (any severity) about one remote tool. */
  openFor(toolId: string): Incident[];
  /** Writes what may change about an incident: its severity, reasons and resolution. */
  update(incident: Incident): void;
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
  const listOpen = db.prepare<[number], Row>(
    "SELECT * FROM incidents WHERE resolved_at IS NULL AND severity IN ('warning', 'danger') ORDER BY detected_at DESC, id DESC LIMIT ?",
  );
  const openFor = db.prepare<[string], Row>(
    'SELECT * FROM incidents WHERE resolved_at IS NULL AND tool_id = ? ORDER BY detected_at',
  );
  const countOpen = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM incidents WHERE resolved_at IS NULL AND severity IN ('warning', 'danger')",
  );
  const update = db.prepare(
    'UPDATE incidents SET severity = @severity, reasons = @reasons, resolved_at = @resolvedAt, resolution = @resolution WHERE id = @id',
  );
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
    listOpen: (limit) => listOpen.all(limit).map(fromRow),
    openFor: (toolId) => openFor.all(toolId).map(fromRow),
    update(incident) {
      update.run({
        id: incident.id,
        severity: incident.severity,
        reasons: JSON.stringify(incident.reasons),
        resolvedAt: incident.resolvedAt,
        resolution: incident.resolution,
      });
    },
  };
}
