import { severityRank, type Incident, type IncidentReason, type Severity } from '../model/incident';

/** The incident with one more reason, and its severity raised to `severity` (never lowered). */
export function escalatedIncident(incident: Incident, severity: Severity, reason: IncidentReason): Incident {
  return {
    ...incident,
    severity: severityRank[severity] > severityRank[incident.severity] ? severity : incident.severity,
    reasons: [...incident.reasons, reason],
  };
}

/** The incident resolved now, as the person chose; an incident resolved before keeps its first resolution. */
export function resolvedIncident(incident: Incident, resolution: string, at: number): Incident {
  return incident.resolvedAt === null ? { ...incident, resolvedAt: at, resolution } : incident;
}
