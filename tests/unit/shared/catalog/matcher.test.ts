import { describe, expect, it } from 'vitest';
import { remoteToolCatalog } from '../../../../electron/main/core/catalog';
import { createMatcher } from '../../../../shared/catalog/matcher';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';

const match = createMatcher(remoteToolCatalog);
const proc = (name: string, path: string | null = null, cmd: string | null = null): ProcessInfo => ({
  pid: 100,
  ppid: 1,
  name,
  path,
  cmd,
});

describe('the remote-tool matcher (shipped catalog)', () => {
  it('finds Windows names on any platform, whatever the case', () => {
    expect(match(proc('AnyDesk.exe'))?.tool.id).toBe('anydesk');
    expect(match(proc('ANYDESK.EXE'))?.tool.id).toBe('anydesk');
    expect(match(proc('TeamViewer_Desktop.exe'))?.tool.id).toBe('teamviewer');
    expect(match(proc('UltraViewer_Desktop.exe'))?.tool.abuse).toBe('commonly-abused');
  });

  it('finds Linux and macOS names, and macOS processes by their app bundle', () => {
    expect(match(proc('anydesk', '/usr/bin/anydesk'))?.tool.id).toBe('anydesk');
    expect(match(proc('teamviewerd'))?.tool.id).toBe('teamviewer');
    expect(match(proc('x11vnc'))?.tool.id).toBe('x11vnc');
    expect(match(proc('remoting_me2me_host'))?.tool.id).toBe('chrome-remote-desktop');
    const helper = match(proc('AnyDesk Helper', '/Applications/AnyDesk.app/Contents/MacOS/AnyDesk Helper'));
    expect(helper).toMatchObject({ tool: { id: 'anydesk' }, via: 'app-bundle' });
  });

  it('understands wildcards and tells installers apart', () => {
    expect(match(proc('TeamViewerQS.exe'))).toMatchObject({ tool: { id: 'teamviewer' }, installer: true });
    expect(match(proc('UltraViewer_setup_6.6_en.exe'))).toMatchObject({
      tool: { id: 'ultraviewer' },
      installer: true,
    });
    expect(match(proc('rustdesk-1.4.1-x86_64.exe'))).toMatchObject({
      tool: { id: 'rustdesk' },
      installer: true,
    });
    // AnyDesk.exe is both the download and the program itself: not called an installer.
    expect(match(proc('AnyDesk.exe'))).toMatchObject({ installer: false });
    expect(match(proc('teamviewer-host.exe'))?.tool.id).toBe('teamviewer');
  });

  it('stays silent on generic names alone, and needs the install folder to match them', () => {
    for (const name of [
      'agent.exe',
      'connect.exe',
      'client32.exe',
      'rd.exe',
      'setup.exe',
      '7z.exe',
      'service',
    ]) {
      expect(match(proc(name)), name).toBeNull();
    }
    expect(match(proc('client32.exe', 'C:\\Windows\\System32\\client32.exe'))).toBeNull();
    const tool = remoteToolCatalog.tools.find(
      (t) => t.genericNames.length > 0 && t.installPaths.some((p) => p.endsWith('*')),
    );
    expect(tool).toBeDefined();
    if (tool) {
      const folder = tool.installPaths.find((p) => p.endsWith('*'))?.replace(/\*$/, '') ?? '';
      const generic = tool.genericNames[0] ?? '';
      expect(match(proc(generic, `${folder}${generic}`))).toMatchObject({
        tool: { id: tool.id },
        via: 'generic-with-path',
      });
    }
  });

  it('knows Quick Assist and Remote Desktop as built into Windows', () => {
    expect(match(proc('QuickAssist.exe'))?.tool.abuse).toBe('built-in');
    expect(match(proc('mstsc.exe'))?.tool.abuse).toBe('built-in');
  });

  it('keeps screen readers, anti-theft agents and file sync quiet', () => {
    expect(match(proc('nvda.exe'))?.tool.abuse).toBe('remote-utility');
    expect(match(proc('rpcnet.exe'))?.tool.abuse).toBe('remote-utility');
    expect(match(proc('MEGAupdater.exe'))?.tool.abuse).toBe('remote-utility');
  });

  it('does not match ordinary programs', () => {
    for (const name of [
      'chrome.exe',
      'explorer.exe',
      'bash',
      'node',
      'firefox',
      'Finder',
      'winword.exe',
      'svchost.exe',
    ]) {
      expect(match(proc(name)), name).toBeNull();
    }
  });
});
