import type { Database } from 'better-sqlite3';

/**
 * A numbered, append-only schema step. `version` is written to `PRAGMA user_version` once
 * the step has run; numbers leave gaps (10, 20, …) so a fix can slot in between on a branch.
 * Never edit a released migration: add a new one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
