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
