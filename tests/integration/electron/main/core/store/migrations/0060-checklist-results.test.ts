import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../../fakes/memory-logger';
import { createChecklistRepository } from '../../../../../../../electron/main/core/store/checklist-repository';
import { openStore } from '../../../../../../../electron/main/core/store/database';
import { createEventRepository } from '../../../../../../../electron/main/core/store/event-repository';
import { migrations } from '../../../../../../../electron/main/core/store/migrations';
import { useTempDir } from '../../../../../../fakes/temp-dir';

describe('migration 0060-checklist-results', () => {
  const tempDir = useTempDir();

  it('keeps what the schema before it held, and adds the checklist history', () => {
    const index = migrations.findIndex((m) => m.version === 60);
    const previous = migrations[index - 1]?.version ?? 0;
    const path = join(tempDir(), 'holdon.db');
    const options = { logger: createMemoryLogger(), now: () => 0 };
    const old = openStore(path, { ...options, target: previous });
    createEventRepository(old.db).append('protection.paused', { minutes: 15 }, 1000);
    expect(() => old.db.prepare('SELECT * FROM checklist_results').all()).toThrow(/no such table/);
    old.db.close();

    const store = openStore(path, { ...options, target: 60 });
    expect(store.schema).toBe(60);
    expect(createEventRepository(store.db).list(10)).toMatchObject([
      { type: 'protection.paused', detail: { minutes: 15 } },
    ]);
    const checklists = createChecklistRepository(store.db);
    checklists.insert({
      id: 'c1',
      completedAt: 2000,
      verdict: 'scam',
      redFlags: ['payment'],
      answers: { payment: 'yes' },
      steps: [],
      sharedAt: null,
    });
    checklists.markShared('c1', 3000);
    expect(checklists.get('c1')).toMatchObject({
      verdict: 'scam',
      redFlags: ['payment'],
      answers: { payment: 'yes' },
      steps: ['doNotPay', 'report', 'tellSomeone'],
      sharedAt: 3000,
    });
    // The verdict column only takes the three verdicts.
    expect(() =>
      store.db
        .prepare(
          "INSERT INTO checklist_results (id, completed_at, verdict, red_flags, answers) VALUES ('c2', 1, 'maybe', '[]', '{}')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    store.db.close();
  });
});
