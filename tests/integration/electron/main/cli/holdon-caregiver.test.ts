import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCore } from '../../../../fakes/test-core';
import { createMemoryLogger } from '../../../../fakes/memory-logger';
import { requireBuiltCli, runHoldon } from '../../../../fakes/holdon-cli';
import { useTempDir } from '../../../../fakes/temp-dir';

const holdon = (args: string[], env: Record<string, string>, input?: string) =>
  runHoldon(args, { env, ...(input === undefined ? {} : { input }) });

describe('the holdon CLI for caregivers', () => {
  const tempDir = useTempDir();
  beforeAll(() => {
    requireBuiltCli();
  });

  it('history --json --db prints what happened as a JSON array, newest first', async () => {
    const dir = tempDir();
    const db = join(dir, 'elsewhere.db');
    const core = createTestCore({ dataDir: dir, databasePath: db, logger: createMemoryLogger() });
    const t0 = Date.now() - 60_000;
    core.incidents.insert({
      id: 'i1',
      kind: 'remote-tool',
      severity: 'danger',
      title: 'AnyDesk started',
      reasons: [],
      toolId: 'anydesk',
      toolName: 'AnyDesk',
      pid: 7,
      processName: 'AnyDesk.exe',
      detectedAt: t0,
      resolvedAt: null,
      resolution: null,
    });
    core.audit.append('protection.paused', { minutes: 15, until: t0 + 900_000 }, t0 + 1000);
    core.audit.append('pin.locked', { failures: 5, lockedUntil: t0 + 302_000 }, t0 + 2000);
    core.close();

    const { code, stdout } = await holdon(['history', '--json', '--db', db], { HOLDON_DATA_DIR: dir });
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as { at: number; type: string; text: string }[];
    expect(Array.isArray(entries)).toBe(true);
    expect(entries.map((e) => [e.type, e.text])).toEqual([
      ['pin', 'PIN locked after 5 wrong tries'],
      ['pause', 'Protection paused for 15 minutes'],
      ['incident', 'Warning: AnyDesk started'],
    ]);
    expect(entries.map((e) => e.at)).toEqual([t0 + 2000, t0 + 1000, t0]);

    const pauses = await holdon(['history', '--json', '--type', 'pause', '--db', db], {
      HOLDON_DATA_DIR: dir,
    });
    expect(JSON.parse(pauses.stdout)).toHaveLength(1);
    const plain = await holdon(['history', '--db', db], { HOLDON_DATA_DIR: dir });
    expect(plain.stdout).toContain('PIN locked after 5 wrong tries');
    const bad = await holdon(['history', '--type', 'everything', '--db', db], { HOLDON_DATA_DIR: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--type must be one of');
  });

  it('pin reset replaces a forgotten PIN from standard input and writes pin.reset', async () => {
    const dir = tempDir();
    const core = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    await core.pin.set('482913');
    core.close();
    const env = { HOLDON_DATA_DIR: dir };
    const easy = await holdon(['pin', 'reset'], env, '123456\n');
    expect(easy.code).toBe(2);
    expect(easy.stderr).toContain('too easy');
    const reset = await holdon(['pin', 'reset'], env, '615204\n');
    expect(reset.code).toBe(0);
    expect(reset.stderr).toContain('Every trusted contact will be told');
    expect(reset.stdout + reset.stderr).not.toContain('615204');
    const after = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    await expect(after.pin.check('615204')).resolves.toBeUndefined();
    expect(after.audit.list(1)[0]).toMatchObject({ type: 'pin.reset' });
    after.close();
  });

  it('settings import on the command line needs no PIN (it owns the account) and is written down', async () => {
    const dir = tempDir();
    const core = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    await core.pin.set('482913');
    core.close();
    const file = join(dir, 'holdon.json');
    writeFileSync(file, '{"protection":{"level":"warn"}}');
    const { code } = await holdon(['settings', 'import', file], { HOLDON_DATA_DIR: dir });
    expect(code).toBe(0);
    const after = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    expect(after.settings.load()).toEqual({ protection: { level: 'warn' } });
    expect(after.audit.list(1)[0]).toMatchObject({
      type: 'settings.changed',
      detail: { how: 'cli-import' },
    });
    after.close();
  });
});
