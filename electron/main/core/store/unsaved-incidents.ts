import type { Incident } from '../../../../shared/model/incident';
import type { Database } from 'better-sqlite3';
import { createIncidentRepository, type IncidentRepository } from './incident-repository';

/** What happened to an incident while it could not be written, to record once it can. */
export interface UnsavedNews {
  readonly type: string;
  readonly detail?: Readonly<Record<string, unknown>>;
  readonly at: number;
}

export interface UnsavedIncident {
  readonly incident: Incident;
  /** A row for it exists already (a change could not be written), or not (a new incident). */
  readonly stored: boolean;
  readonly news: readonly UnsavedNews[];
}

/**
 * The incidents as the protection sees them: the stored ones, with those the disk could not take
 * (it is full, or the file is read-only) laid over them. An incident that could not be written is
 * still shown, still counted and still tracked; `unsaved()` lists them, oldest first, for the
 * sink to write again.
 */
export interface IncidentView extends IncidentRepository {
  keep(incident: Incident, news?: Omit<UnsavedNews, 'at'>, at?: number): void;
  unsaved(): readonly UnsavedIncident[];
  /** The incident is written now, with its news: it is read from the store again. */
  saved(id: string): void;
}

const isWarning = (i: Incident): boolean => i.resolvedAt === null && i.severity !== 'notice';
const newestFirst = (a: Incident, b: Incident): number =>
  b.detectedAt - a.detectedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export function withUnsavedIncidents(store: IncidentRepository): IncidentView {
  const memory = new Map<string, UnsavedIncident>();

  /** Stored rows with the unsaved versions in their place, and unsaved new ones added. */
  const merged = (rows: readonly Incident[], keep: (i: Incident) => boolean): Incident[] => {
    if (memory.size === 0) return [...rows];
    const kept = [...memory.values()].map((u) => u.incident).filter(keep);
    return [...rows.filter((i) => !memory.has(i.id)), ...kept].sort(newestFirst);
  };

  return {
    insert: (incident) => store.insert(incident),
    update: (incident) => store.update(incident),
    get: (id) => memory.get(id)?.incident ?? store.get(id),
    list: (limit) => merged(store.list(limit + memory.size), () => true).slice(0, limit),
    listOpen: (limit) => merged(store.listOpen(limit + memory.size), isWarning).slice(0, limit),
    openFor: (toolId) =>
      merged(store.openFor(toolId), (i) => i.toolId === toolId && i.resolvedAt === null).sort(
        (a, b) => a.detectedAt - b.detectedAt,
      ),
    countOpen() {
      let count = store.countOpen();
      for (const { incident, stored } of memory.values()) {
        const before = stored ? store.get(incident.id) : null;
        count += Number(isWarning(incident)) - Number(before !== null && isWarning(before));
      }
      return count;
    },
    keep(incident, news, at = incident.detectedAt) {
      const earlier = memory.get(incident.id);
      const stored = earlier ? earlier.stored : store.get(incident.id) !== null;
      memory.set(incident.id, {
        incident,
        stored,
        news: [...(earlier?.news ?? []), ...(news ? [{ ...news, at }] : [])],
      });
    },
    unsaved: () => [...memory.values()],
    saved: (id) => void memory.delete(id),
  };
}

/** The incidents table, with what could not be written kept over it. */
export const createIncidentView = (db: Database): IncidentView =>
  withUnsavedIncidents(createIncidentRepository(db));
