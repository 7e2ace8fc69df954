import type { Migration } from './migration';

/**
 * The "Am I being scammed?" checks the person completed: the verdict, the red flags and every
 * answer, so the family can see them later, and when the result was sent to a trusted contact.
 * The audit log gets a `checklist.completed` event for each row as well.
 */
export const checklistResults: Migration = {
  version: 60,
  name: 'checklist-results',
  up(db) {
    db.exec(`
      CREATE TABLE checklist_results (
        id TEXT PRIMARY KEY,
        completed_at INTEGER NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('scam', 'careful', 'no-red-flags')),
        red_flags TEXT NOT NULL,
        answers TEXT NOT NULL,
        shared_at INTEGER
      ) STRICT;
      CREATE INDEX checklist_results_completed ON checklist_results (completed_at);
    `);
  },
};
