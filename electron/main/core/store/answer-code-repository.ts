import type { Database } from 'better-sqlite3';
import type { AnswerPurpose } from '../../../../shared/model/alert';

export interface IssuedCode {
  readonly codeHash: string;
  readonly purpose: AnswerPurpose;
  readonly contactName: string;
  readonly channelTarget: string;
  readonly incidentId: string | null;
  readonly expiresAt: number;
}

export type CodeCheck =
  | { readonly ok: true; readonly code: IssuedCode }
  | {
      readonly ok: false;
      readonly why: 'unknown' | 'used' | 'late' | 'wrong-purpose' | 'wrong-topic';
      readonly code?: IssuedCode;
    };

/** The one-time codes of the answers a push offers; only their hashes are kept. */
export interface AnswerCodeRepository {
  issue(code: IssuedCode, now: number): void;
  /**
   * Uses the code if it is known, unused, not expired, for this purpose and came from the channel
   * it was sent to (`channelTarget`; null: from no known channel); otherwise says why not.
   */
  use(codeHash: string, purpose: AnswerPurpose, channelTarget: string | null, now: number): CodeCheck;
  /** The code's 15 minutes count from when its alert was sent (an alert that waited loses nothing). */
  expireAt(codeHash: string, expiresAt: number): void;
  /** Forgets codes that expired more than a day ago. */
  prune(now: number): void;
}

interface Row {
  code_hash: string;
  purpose: string;
  contact_name: string;
  channel_target: string;
  incident_id: string | null;
  expires_at: number;
  used_at: number | null;
}

const fromRow = (r: Row): IssuedCode => ({
  codeHash: r.code_hash,
  purpose: r.purpose as AnswerPurpose,
  contactName: r.contact_name,
  channelTarget: r.channel_target,
  incidentId: r.incident_id,
  expiresAt: r.expires_at,
});

export function createAnswerCodeRepository(db: Database): AnswerCodeRepository {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO answer_codes (code_hash, purpose, contact_name, channel_target, incident_id, created_at, expires_at) ' +
      'VALUES (@codeHash, @purpose, @contactName, @channelTarget, @incidentId, @now, @expiresAt)',
  );
  const select = db.prepare<[string], Row>('SELECT * FROM answer_codes WHERE code_hash = ?');
  const markUsed = db.prepare<[number, string]>(
    'UPDATE answer_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL',
  );
  const expire = db.prepare<[number, string]>(
    'UPDATE answer_codes SET expires_at = ? WHERE code_hash = ? AND used_at IS NULL',
  );
  const prune = db.prepare<[number]>('DELETE FROM answer_codes WHERE expires_at < ?');
  const use = db.transaction(
    (codeHash: string, purpose: AnswerPurpose, channelTarget: string | null, now: number): CodeCheck => {
      const row = select.get(codeHash);
      if (!row) return { ok: false, why: 'unknown' };
      const code = fromRow(row);
      if (row.purpose !== purpose) return { ok: false, why: 'wrong-purpose', code };
      if (row.channel_target !== channelTarget) return { ok: false, why: 'wrong-topic', code };
      if (row.used_at !== null) return { ok: false, why: 'used', code };
      if (row.expires_at < now) return { ok: false, why: 'late', code };
      markUsed.run(now, codeHash);
      return { ok: true, code };
    },
  );
  return {
    issue: (code, now) => void insert.run({ ...code, now }),
    use: (codeHash, purpose, channelTarget, now) => use(codeHash, purpose, channelTarget, now),
    expireAt: (codeHash, expiresAt) => void expire.run(expiresAt, codeHash),
    prune: (now) => void prune.run(now - 24 * 3_600_000),
  };
}
