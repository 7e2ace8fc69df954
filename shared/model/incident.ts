export type IncidentKind = 'remote-tool' | 'browser-lockup' | 'health';
export type Severity = 'notice' | 'warning' | 'danger';

/**
 * A plain reason, kept as a message code with its values so every screen can say it in the
 * person's language; `text` is the English wording for logs, the CLI and the audit trail.
 */
export interface IncidentReason {
  readonly code: string;
  readonly vars: Readonly<Record<string, string | number>>;
  readonly text: string;
}

export const severityRank: Readonly<Record<Severity, number>> = { notice: 0, warning: 1, danger: 2 };

export interface Incident {
  readonly id: string;
  readonly kind: IncidentKind;
  readonly severity: Severity;
  /** Short plain title, e.g. "AnyDesk started". */
  readonly title: string;
  /** Plain reasons a person understands; the UI, the caregiver message and the log all use these. */
  readonly reasons: readonly IncidentReason[];
  readonly toolId: string | null;
  readonly toolName: string | null;
  readonly pid: number | null;
  readonly processName: string | null;
  readonly detectedAt: number;
  readonly resolvedAt: number | null;
  readonly resolution: string | null;
}

/** One line of the audit log: what happened, when, with small structured details. */
export interface AuditEvent {
  readonly id: number;
  readonly at: number;
  readonly type: string;
  readonly detail: Readonly<Record<string, unknown>>;
}
