import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../../../electron/main/core/store/database';
import { createIncidentRepository } from '../../../../../../../electron/main/core/store/incident-repository';
import { createOutboxRepository } from '../../../../../../../electron/main/core/store/outbox-repository';
import { createMemoryLogger } from '../../../../../../fakes/memory-logger';
import { useTempDir } from '../../../../../../fakes/temp-dir';

describe('migration 0030-outbox', () => {
  const tempDir = useTempDir();

  it('keeps incidents written at schema 20 and gives them an outbox that queues each key once', () => {
    const path = join(tempDir(), 'holdon.db');
    const options = { logger: createMemoryLogger(), now: () => 0 };
    const old = openStore(path, { ...options, target: 20 });
    old.db
      .prepare(
        "INSERT INTO incidents (id, kind, severity, title, reasons, tool_id, tool_name, pid, process_name, detected_at) VALUES ('i1', 'remote-tool', 'warning', 'AnyDesk started', '[]', 'anydesk', 'AnyDesk', 42, 'AnyDesk.exe', 1000)",
      )
      .run();
    old.db.close();

    const at30 = openStore(path, { ...options, target: 30 });
    expect(at30.schema).toBe(30);
    expect(createIncidentRepository(at30.db).get('i1')).toMatchObject({ id: 'i1', toolName: 'AnyDesk' });
    at30.db.close();
    // Today's outbox code on the same data once every later migration ran.
    const store = openStore(path, options);
    const outbox = createOutboxRepository(store.db);
    const alert = {
      idempotencyKey: 'i1:0:0',
      incidentId: 'i1',
      kind: 'incident' as const,
      contactName: 'Ann',
      channelType: 'email',
      channelTarget: 'ann@example.test',
      message: {
        subject: 'Hold On: AnyDesk started',
        body: 'Call Mum now.',
        severity: 'warning' as const,
        language: 'en',
      },
    };
    expect(outbox.enqueue([alert, alert], 2000)).toBe(1);
    expect(outbox.due(2000, 10)).toMatchObject([{ idempotencyKey: 'i1:0:0', status: 'queued', attempts: 0 }]);
    // An alert outlives its incident being pruned: it keeps its row, without the link.
    store.db.prepare("DELETE FROM incidents WHERE id = 'i1'").run();
    expect(outbox.list(10)).toMatchObject([{ idempotencyKey: 'i1:0:0', incidentId: null }]);
    store.db.close();
  });
});
