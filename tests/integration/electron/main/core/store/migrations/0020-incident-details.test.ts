import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../../fakes/memory-logger';
import { openStore } from '../../../../../../../electron/main/core/store/database';
import { createIncidentRepository } from '../../../../../../../electron/main/core/store/incident-repository';
import { useTempDir } from '../../../../../../fakes/temp-dir';

describe('migration 0020-incident-details', () => {
  const tempDir = useTempDir();

  it('keeps incidents written at schema 10 and turns their text reasons into reason objects', () => {
    const path = join(tempDir(), 'holdon.db');
    const options = { logger: createMemoryLogger(), now: () => 0 };
    const old = openStore(path, { ...options, target: 10 });
    old.db
      .prepare(
        "INSERT INTO incidents (id, kind, severity, title, reasons, tool_id, pid, detected_at) VALUES ('i1', 'remote-tool', 'warning', 'AnyDesk started', ?, 'anydesk', 42, 1000)",
      )
      .run(JSON.stringify(['AnyDesk started.']));
    old.db.close();

    const store = openStore(path, { ...options, target: 20 });
    expect(store.schema).toBe(20);
    const incident = createIncidentRepository(store.db).get('i1');
    expect(incident).toMatchObject({
      id: 'i1',
      toolId: 'anydesk',
      toolName: null,
      processName: null,
      reasons: [{ code: 'reason.text', vars: { text: 'AnyDesk started.' }, text: 'AnyDesk started.' }],
    });
    store.db.close();
  });
});
