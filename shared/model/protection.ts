import type { FamilyReach } from './family-reach';
import type { Incident } from './incident';
import type { RemoteToolNow } from './remote-tools';

/**
 * `needs-attention`: a warning is open or a remote tool a stranger could use is running;
 * `connected`: only the help session the family approved is connected (never "protected" then).
 */
export type ProtectionState = 'protected' | 'paused' | 'needs-attention' | 'connected' | 'degraded';

/**
 * What is going on now, as one warning tells it: every remote tool a stranger could be using,
 * every warning still open, and the help session the family approved. The screens show one
 * warning for all of it, and no screen says "safe" while `remoteTools` is not empty.
 */
export interface Situation {
  /** Remote tools running now, warned about or allowed only by the help session. */
  readonly remoteTools: readonly RemoteToolNow[];
  /** Open warnings (warning or danger, not resolved), newest first. */
  readonly incidents: readonly Incident[];
  /** The most serious open warning, or null when none is open. */
  readonly severity: 'warning' | 'danger' | null;
  /**
   * Goes up each time the warning must come back: a new warning, a rise to danger, a new
   * remote tool, or the same tool started again. A screen that was closed shows it again.
   */
  readonly raise: number;
  /** The help session the family approved, while it lasts. */
  readonly helpSession: {
    readonly until: number;
    readonly approvedBy: 'pin' | 'phone';
    /** Who approved it from their phone ("Ann"); null for the PIN. */
    readonly approvedByName: string | null;
    readonly toolNames: readonly string[];
  } | null;
}

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
  readonly situation: Situation;
  /** Who will be told, and which ways to reach the family are known to work. */
  readonly family: FamilyReach;
  /** Epoch milliseconds at which a pause ends, or null when not paused. */
  readonly pausedUntil: number | null;
  /** Plain reasons why protection is degraded (a sensor failing); empty when all is well. */
  readonly degradedReasons: readonly string[];
  /** Set when the database was damaged and had to be started again. */
  readonly storeRecoveredFrom: string | null;
  readonly databasePath: string;
  readonly versions: Versions;
}
