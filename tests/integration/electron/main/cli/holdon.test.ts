import { isolatedEnv } from '../../../../fakes/test-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exited, startRenamed } from '../../../../fakes/renamed-process';
import { holdonBin, requireBuiltCli, runHoldon } from '../../../../fakes/holdon-cli';
import { useTempDir } from '../../../../fakes/temp-dir';
import { migrations } from '../../../../../electron/main/core/store/migrations';

const latestSchema = migrations.at(-1)?.version;

const holdon = (args: string[], env: Record<string, string> = {}) => runHoldon(args, { env });
const holdonWithInput = (args: string[], input: string) => runHoldon(args, { input });

describe('the holdon CLI', () => {
  const tempDir = useTempDir();
  beforeAll(() => {
    requireBuiltCli();
  });

  it('prints status as JSON with state, database path and versions', async () => {
    const dir = tempDir();
    const { code, stdout } = await holdon(['status', '--json', '--db', join(dir, 'x.db')], {
      HOLDON_DATA_DIR: dir,
    });
    expect(code).toBe(0);
    const status = JSON.parse(stdout);
    expect(status).toMatchObject({
      state: 'protected',
      databasePath: join(dir, 'x.db'),
      versions: { schema: latestSchema, electron: null },
    });
    expect(status.versions.node).toBe(process.versions.node);
  });

  it('shows help and version, and exits 2 with one line for bad usage', async () => {
    expect((await holdon(['--help'])).stdout).toMatch(/Usage: holdon <command>/);
    expect((await holdon(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = await holdon(['frobnicate'], { HOLDON_DATA_DIR: tempDir() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('holdon: unknown command "frobnicate"\n');
    const badFlag = await holdon(['status', '--colour']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('imports and exports settings, and rejects a bad file naming the field without changing anything', async () => {
    const dir = tempDir();
    const env = { HOLDON_DATA_DIR: dir };
    const good = join(dir, 'good.json');
    writeFileSync(good, '{"language":"de"}');
    expect((await holdon(['settings', 'import', good], env)).code).toBe(0);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"language":"de","contcats":[]}');
    const refused = await holdon(['settings', 'import', bad], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('unknown field "contcats"');
    const exported = await holdon(['settings', 'export'], env);
    expect(JSON.parse(exported.stdout)).toEqual({ language: 'de' });
  });

  it('reports a database from a newer version as bad input', async () => {
    const dir = tempDir();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'holdon.db'));
    db.pragma('user_version = 9999');
    db.close();
    const result = await holdon(['status'], { HOLDON_DATA_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/newer version of Hold On/);
  });
});

describe('holdon scan and watch', () => {
  const tempDir = useTempDir();
  const children: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) {
      child.kill('SIGKILL');
      await exited(child);
    }
  });

  it('scan lists a running remote tool as JSON', async () => {
    const dir = tempDir();
    const tool = startRenamed('AnyDesk.exe');
    children.push(tool);
    await new Promise((resolve) => tool.once('spawn', resolve));
    const { code, stdout } = await holdon(['scan', '--json'], { HOLDON_DATA_DIR: dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).remoteTools).toContainEqual(
      expect.objectContaining({
        toolId: 'anydesk',
        name: 'AnyDesk',
        pid: tool.pid,
        processName: 'AnyDesk.exe',
        allowed: false,
      }),
    );
  });

  it('watch prints one JSON line per incident and exits 0 on SIGTERM', async () => {
    const dir = tempDir();
    const tool = startRenamed('HopToDesk.exe');
    children.push(tool);
    await new Promise((resolve) => tool.once('spawn', resolve));
    const watch = spawn(process.execPath, [holdonBin, 'watch', '--json'], {
      env: isolatedEnv({ HOLDON_DATA_DIR: dir }),
    });
    children.push(watch);
    const lines = createInterface({ input: watch.stdout });
    const incident = JSON.parse(await new Promise<string>((resolve) => lines.once('line', resolve)));
    expect(incident).toMatchObject({
      type: 'incident',
      kind: 'remote-tool',
      severity: 'warning',
      toolId: 'hoptodesk',
    });
    expect(incident.reasons[0]).toMatch(/HopToDesk was already running/);
    expect(incident.pid).toBe(tool.pid);
    expect(Date.parse(incident.detectedAt)).toBeGreaterThan(0);
    const code = new Promise((resolve) => watch.once('exit', resolve));
    watch.kill('SIGTERM');
    expect(await code).toBe(0);
  });

  it('check-message reads a message on stdin and prints the verdict, score and each red flag', async () => {
    const scam = await holdonWithInput(
      ['check-message'],
      'This is Microsoft. Your computer is blocked. Install AnyDesk, then buy Google Play gift cards and read me the numbers on the back. Do not tell your family. Visit micros0ft-support.com',
    );
    expect(scam.code).toBe(0);
    const result = JSON.parse(scam.stdout);
    expect(Object.keys(result)).toEqual(['verdict', 'score', 'redFlags']);
    expect(result.verdict).toBe('scam');
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.redFlags).toEqual(
      expect.arrayContaining([
        {
          id: 'gift-card',
          explanation: 'It asks for gift cards. Only scammers ask to be paid with gift cards.',
        },
        {
          id: 'remote-tool',
          explanation: 'It names AnyDesk. This program lets someone control your computer from far away.',
        },
        {
          id: 'look-alike-link',
          explanation:
            'The link micros0ft-support.com looks like Microsoft, but it is not their real website.',
        },
      ]),
    );

    const harmless = await holdonWithInput(['check-message'], 'Hi Mum, lunch on Sunday at 1? Love, Sarah\n');
    expect(harmless.code).toBe(0);
    expect(JSON.parse(harmless.stdout)).toEqual({
      verdict: 'no-red-flags',
      score: expect.any(Number),
      redFlags: [],
    });

    const empty = await holdonWithInput(['check-message'], '  \n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('holdon: check-message reads the message on standard input (it was empty)\n');
  });

  it('check-message explains in the language asked for with --language', async () => {
    const text = 'Tu cuenta ha sido bloqueada. Verifica tus datos aquí: https://bbva-verificacion.top';
    const spanish = await holdonWithInput(['check-message', '--language', 'es'], text);
    expect(spanish.code).toBe(0);
    const result = JSON.parse(spanish.stdout);
    expect(result.verdict).toBe('scam');
    expect(result.redFlags).toEqual(
      expect.arrayContaining([
        {
          id: 'account-blocked',
          explanation:
            'Dice que su cuenta, su tarjeta o un servicio está bloqueado o se va a cortar. Muchas estafas empiezan así.',
        },
      ]),
    );
    const unknown = await holdonWithInput(['check-message', '--language', 'fr'], text);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--language must be one of en, es, de/);
  });
});
