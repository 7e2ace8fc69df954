import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { remoteToolCatalog } from '../../../../electron/main/core/catalog';
import { createMatcher, foldedStem } from '../../../../shared/catalog/matcher';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';

interface EverydayProcess {
  readonly name: string;
  readonly program: string;
  readonly source: string;
}

const everyday = (
  JSON.parse(
    readFileSync(join(__dirname, '../../../../scripts/catalog/everyday-processes.json'), 'utf8'),
  ) as { processes: EverydayProcess[] }
).processes;
const match = createMatcher(remoteToolCatalog);
const proc = (name: string, path: string | null = null): ProcessInfo => ({
  pid: 100,
  ppid: 1,
  name,
  path,
  cmd: null,
});

describe('the catalog audit: everyday programs are never taken for remote tools', () => {
  it('lists at least 300 real process names, each once, each with the public document it comes from', () => {
    expect(everyday.length).toBeGreaterThanOrEqual(300);
    expect(new Set(everyday.map((p) => foldedStem(p.name))).size).toBe(everyday.length);
    for (const p of everyday) {
      expect(p.source, p.name).toMatch(/^(https:\/\/|github\.com\/[\w.-]+\/[\w.-]+:\S+)/);
      expect(p.program, p.name).not.toBe('');
    }
    // Windows, Office and Teams, browsers, chat and media, antivirus suites, printer and driver tray apps.
    expect(new Set(everyday.map((p) => p.program)).size).toBeGreaterThanOrEqual(6);
  });

  it('matches none of them, wherever they run from', () => {
    const matched = everyday
      .map((p) => ({ p, hit: match(proc(p.name, `C:\\Program Files\\${p.program}\\${p.name}`)) }))
      .filter(({ hit }) => hit !== null)
      .map(({ p, hit }) => `${p.name} (${p.program}) → ${hit?.tool.name ?? ''}`);
    expect(matched).toEqual([]);
  });

  it('no longer takes Teams for Parsec, tar for TiFLUX, or 7z and si for anything', () => {
    for (const name of ['Teams.exe', 'tar.exe', 'tar', '7z.exe', 'si.exe', 'dwm.exe']) {
      expect(match(proc(name)), name).toBeNull();
    }
    const teams = 'C:\\Users\\Ann\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe';
    expect(match(proc('Teams.exe', teams))).toBeNull();
  });

  it('still finds a shared name inside the tool’s own folder', () => {
    expect(match(proc('teams.exe', 'C:\\Program Files\\Parsec\\teams.exe'))).toMatchObject({
      tool: { id: 'parsec' },
      via: 'generic-with-path',
    });
    expect(
      match(proc('tar.exe', 'C:\\Program Files (x86)\\TiFLUX\\dependencies\\tar\\tar.exe')),
    ).toMatchObject({
      tool: { id: 'tiflux' },
      via: 'generic-with-path',
    });
  });
});
