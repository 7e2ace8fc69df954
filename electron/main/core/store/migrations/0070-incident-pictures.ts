import type { Migration } from './migration';

/**
 * The small picture of a scam page that a browser-lockup warning shows ("This is the page Hold
 * On stopped"): a greyscale PNG of what was on the screen, a few tens of kilobytes. It never
 * leaves the computer (alerts carry no screenshots) and goes with its incident.
 */
export const incidentPictures: Migration = {
  version: 70,
  name: 'incident-pictures',
  up(db) {
    db.exec(`
      CREATE TABLE incident_pictures (
        incident_id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        png BLOB NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        taken_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
