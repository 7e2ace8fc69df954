import type { Database } from 'better-sqlite3';
import type { Answers, RedFlagId } from '../../../../shared/checklist/checklist-questions';
import { decideChecklist, type Verdict } from '../../../../shared/checklist/checklist-verdict';
import type { ChecklistRecord } from '../../../../shared/model/checklist-record';

/** Completed checklists (migration 0060). */
export interface ChecklistRepository {
  insert(record: ChecklistRecord): void;
  get(id: string): ChecklistRecord | null;
  markShared(id: string, at: number): void;
  list(limit: number): ChecklistRecord[];
}

interface Row {
  id: string;
  completed_at: number;
  verdict: string;
  red_flags: string;
  answers: string;
  shared_at: number | null;
}

const fromRow = (r: Row): ChecklistRecord => {
  const answers = JSON.parse(r.answers) as Answers;
  return {
    id: r.id,
    completedAt: r.completed_at,
    // The verdict is kept as it was shown; the steps follow from the same answers.
    verdict: r.verdict as Verdict,
    redFlags: JSON.parse(r.red_flags) as RedFlagId[],
    answers,
    steps: decideChecklist(answers).steps,
    sharedAt: r.shared_at,
  };
};

export function createChecklistRepository(db: Database): ChecklistRepository {
  const insert = db.prepare(
    'INSERT INTO checklist_results (id, completed_at, verdict, red_flags, answers) VALUES (@id, @completedAt, @verdict, @redFlags, @answers)',
  );
  const get = db.prepare<[string], Row>('SELECT * FROM checklist_results WHERE id = ?');
  const shared = db.prepare<[number, string]>('UPDATE checklist_results SET shared_at = ? WHERE id = ?');
  const list = db.prepare<[number], Row>(
    'SELECT * FROM checklist_results ORDER BY completed_at DESC, rowid DESC LIMIT ?',
  );
  return {
    insert(record) {
      insert.run({
        id: record.id,
        completedAt: record.completedAt,
        verdict: record.verdict,
        redFlags: JSON.stringify(record.redFlags),
        answers: JSON.stringify(record.answers),
      });
    },
    get: (id) => {
      const row = get.get(id);
      return row ? fromRow(row) : null;
    },
    markShared: (id, at) => void shared.run(at, id),
    list: (limit) => list.all(limit).map(fromRow),
  };
}
