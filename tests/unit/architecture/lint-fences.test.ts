import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Each fence of eslint.config.mjs, proved by linting a probe file that crosses it (and one that
 * stays inside). The probes are never written to disk: ESLint is given their text and where
 * they would live. Typed linting is off here (the probes belong to no TypeScript project).
 */
const root = join(__dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
  });
});

/** The messages of the fence rules for a probe at `path` with this text. */
async function fences(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(root, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const importing = (spec: string): string => `import '${spec}';\n`;

describe('the ground floor (shared/) stays pure', () => {
  it.each([
    'node:fs',
    'fs',
    'events',
    'better-sqlite3',
    'koffi',
    'nodemailer',
    'electron',
    '../electron/main/core/catalog',
    '../../renderer/src/app',
  ])('refuses %s', async (spec) => {
    expect(await fences('shared/catalog/probe.ts', importing(spec))).not.toEqual([]);
  });

  it('allows shared/ and pure packages', async () => {
    expect(
      await fences('shared/catalog/probe.ts', `${importing('zod')}${importing('../model/incident')}`),
    ).toEqual([]);
  });
});

describe('the core and the plain-Node hosts run without Electron', () => {
  it.each([
    ['electron/main/core/protection/probe.ts', 'electron'],
    ['electron/main/core/protection/probe.ts', 'electron/main'],
    ['electron/main/core/protection/probe.ts', '../../shell/tray'],
    ['electron/main/core/protection/probe.ts', '../../../../renderer/src/app'],
    ['electron/main/core/protection/probe.ts', '../../cli/run-cli'],
    ['electron/main/core/protection/probe.ts', '../../preview/preview-host'],
    ['electron/main/cli/probe.ts', 'electron'],
    ['electron/main/cli/probe.ts', '../shell/tray'],
    ['electron/main/preview/probe.ts', '../../../renderer/src/app'],
  ])('%s may not import %s', async (path, spec) => {
    expect(await fences(path, importing(spec))).not.toEqual([]);
  });

  it('lets the hosts use the core, and the core its own rooms', async () => {
    expect(await fences('electron/main/cli/probe.ts', importing('../core/core-host'))).toEqual([]);
    expect(await fences('electron/main/core/protection/probe.ts', importing('../audit-log'))).toEqual([]);
  });
});

describe('the renderer reaches the core only through the store', () => {
  it.each(['../api/client', '../api/client-types', '../api/preview-transport', 'node:path', 'electron'])(
    'a screen may not import %s',
    async (spec) => {
      expect(await fences('renderer/src/screens/probe.tsx', importing(spec))).not.toEqual([]);
    },
  );

  it('only the client module reads window.holdon', async () => {
    const read = 'export const bridge = (window as unknown as { holdon?: unknown }).holdon;\n';
    expect(await fences('renderer/src/screens/probe.tsx', read)).not.toEqual([]);
    expect(await fences('renderer/src/state/probe.ts', read)).not.toEqual([]);
    expect(await fences('renderer/src/api/client.ts', read)).toEqual([]);
  });

  it('lets the store use the client, and screens use the store', async () => {
    expect(await fences('renderer/src/state/probe.ts', importing('../api/client'))).toEqual([]);
    expect(await fences('renderer/src/screens/probe.tsx', importing('../state/app-store'))).toEqual([]);
  });
});
