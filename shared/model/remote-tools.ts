import type { AbuseClass } from '../catalog/catalog-types';

/** A remote-access tool running now, as `holdon scan` and the home screen show it. */
export interface RunningRemoteTool {
  readonly toolId: string;
  readonly name: string;
  readonly abuse: AbuseClass;
  readonly pid: number;
  readonly processName: string;
  readonly allowed: boolean;
}

/**
 * One run of a remote-access tool as the remote-tool policy tracks it (all its processes
 * together), for the browser-lockup policy's refund-trick correlation.
 */
export interface RemoteToolRun {
  readonly toolId: string;
  readonly toolName: string;
  /** Its warning incident; null when the family allowed it. */
  readonly incidentId: string | null;
  readonly allowed: boolean;
}

/** A remote tool running now that a stranger could be using: what the warning and home name. */
export interface RemoteToolNow {
  readonly toolId: string;
  readonly toolName: string;
  /** Its open warning, or null while a help session the family approved allows it. */
  readonly incidentId: string | null;
  readonly helpSession: boolean;
  readonly since: number;
}

export interface EndSessionResult {
  readonly toolId: string;
  readonly toolName: string;
  /**
   * `ended`: every process is gone; `not-running`: nothing to end; `not-permitted`: it runs as
   * another user (a system service) and Hold On may not end it; `failed`: it would not stop.
   */
  readonly status: 'ended' | 'not-running' | 'not-permitted' | 'failed';
  readonly ended: readonly number[];
  readonly remaining: readonly number[];
}
