import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../../fakes/memory-logger';
import { openStore } from '../../../../../../../electron/main/core/store/database';
import { useTempDir } from '../../../../../../fakes/temp-dir';

describe('migration 0010-initial', () => {
  const tempDir = useTempDir();

  it('goes from an empty file to schema 10 with settings, incidents and events tables', () => {
    const path = join(tempDir(), 'holdon.db');
    const store = openStore(path, { logger: createMemoryLogger(), now: () => 0, target: 10 });
    expect(store.schema).toBe(10);
    const tables = store.db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((r) => r.name);
    expect(tables).toEqual(['events', 'incidents', 'settings']);
    // STRICT tables and the severity CHECK keep bad rows out.
    expect(() =>
      store.db
        .prepare(
          "INSERT INTO incidents (id, kind, severity, title, reasons, detected_at) VALUES ('a', 'x', 'apocalypse', 't', '[]', 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
    store.db.close();
  });
});
