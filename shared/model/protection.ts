export type ProtectionState = 'protected' | 'paused' | 'needs-attention' | 'degraded';

export interface Versions {
  readonly app: string;
  readonly node: string;
  /** null when the core runs without Electron (CLI, preview host). */
  readonly electron: string | null;
  /** The database schema version (`PRAGMA user_version`). */
  readonly schema: number;
}

export interface ProtectionStatus {
  readonly state: ProtectionState;
  /** Incidents that nobody has dealt with yet. */
  readonly openIncidents: number;
  /** Epoch milliseconds at which a pause ends, or null when not paused. */
  readonly pausedUntil: number | null;
  /** Plain reasons why protection is degraded (a sensor failing); empty when all is well. */
  readonly degradedReasons: readonly string[];
  /** Set when the database was damaged and had to be started again. */
  readonly storeRecoveredFrom: string | null;
  readonly databasePath: string;
  readonly versions: Versions;
}
