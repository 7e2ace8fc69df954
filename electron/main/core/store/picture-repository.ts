import type { Database } from 'better-sqlite3';

export interface IncidentPicture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The picture of the page each browser-lockup incident stopped (one per incident). */
export interface PictureRepository {
  save(incidentId: string, picture: IncidentPicture, at: number): void;
  get(incidentId: string): IncidentPicture | null;
}

export function createPictureRepository(db: Database): PictureRepository {
  const insert = db.prepare(
    'INSERT OR REPLACE INTO incident_pictures (incident_id, png, width, height, taken_at) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string], { png: Buffer; width: number; height: number }>(
    'SELECT png, width, height FROM incident_pictures WHERE incident_id = ?',
  );
  return {
    save: (incidentId, p, at) => void insert.run(incidentId, Buffer.from(p.png), p.width, p.height, at),
    get(incidentId) {
      const row = select.get(incidentId);
      return row ? { png: new Uint8Array(row.png), width: row.width, height: row.height } : null;
    },
  };
}
