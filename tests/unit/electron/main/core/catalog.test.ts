import { describe, expect, it } from 'vitest';
import { remoteToolCatalog } from '../../../../../electron/main/core/catalog';

const tools = remoteToolCatalog.tools;
const byId = (id: string) => tools.find((t) => t.id === id);

describe('the shipped remote-tool catalog', () => {
  it('has every upstream tool after merging near-duplicates, with unique ids', () => {
    expect(tools.length).toBeGreaterThan(280);
    expect(new Set(tools.map((t) => t.id)).size).toBe(tools.length);
    expect(byId('atera')?.mergedFrom).toEqual(['Atera', 'Atera RMM']);
    expect(byId('quick-assist')?.mergedFrom).toEqual(['Microsoft Quick Assist', 'Quick Assist']);
  });

  it('covers the tools scammers use most, each marked commonly abused', () => {
    const wanted = [
      'anydesk',
      'teamviewer',
      'ultraviewer',
      'screenconnect',
      'logmein',
      'logmein-rescue',
      'gotoassist',
      'splashtop',
      'rustdesk',
      'supremo',
      'zoho-assist',
      'aeroadmin',
      'ammyy-admin',
      'chrome-remote-desktop',
      'remotepc',
      'hoptodesk',
      'dwservice',
      'netsupport-manager',
      'remote-utilities',
      'anyviewer',
      'getscreen-me',
      'isl-light',
      'iperius-remote',
      'tightvnc',
      'ultravnc',
      'realvnc',
      'x11vnc',
      'tigervnc',
    ];
    for (const id of wanted) expect(byId(id)?.abuse, id).toBe('commonly-abused');
  });

  it('cites a source for every name added beyond the upstream data', () => {
    for (const tool of tools) {
      for (const [key, source] of Object.entries(tool.nameSources)) {
        expect(source, `${tool.id} ${key}`).toMatch(/^(https?:\/\/|github\.com\/)/);
      }
    }
    expect(byId('anydesk')?.processNames.linux).toContain('anydesk');
    expect(byId('teamviewer')?.processNames.linux).toContain('teamviewerd');
    expect(byId('rustdesk')?.processNames.macos).toContain('RustDesk');
  });

  it('keeps the upstream sources and licenses on every tool', () => {
    for (const tool of tools) {
      expect(tool.sources.length, tool.id).toBeGreaterThan(0);
      for (const s of tool.sources) expect(['Apache-2.0', 'MIT', 'BSD-2-Clause']).toContain(s.license);
    }
  });
});
