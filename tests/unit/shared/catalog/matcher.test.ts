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

  it('knows Windows Remote Assistance as built into Windows', () => {
    expect(match(proc('msra.exe'))).toMatchObject({
      tool: { id: 'windows-remote-assistance', abuse: 'built-in' },
    });
  });

  it('knows the real names of abused tools that the upstream data lacks', () => {
    // AnyDesk installed from its MSI package runs as a service of its own name.
    expect(match(proc('AnyDeskMSI.exe'))?.tool.id).toBe('anydesk');
    // GoTo Assist's customer service, by the vendor's g2a* names.
    expect(match(proc('g2ax_service.exe'))?.tool.id).toBe('gotoassist');
    expect(match(proc('RemotePCDesktop.exe'))?.tool.id).toBe('remotepc');
    // The streamer side of a Splashtop SOS session, and any program named after Splashtop.
    expect(match(proc('SRServerSOS.exe'))?.tool.id).toBe('splashtop');
    expect(match(proc('splashtop.exe'))?.tool.id).toBe('splashtop');
    expect(match(proc('Splashtop_Business_Win_INSTALLER_v3.6.0.2.exe'))).toMatchObject({
      tool: { id: 'splashtop' },
      installer: true,
    });
    // Ammyy Admin's own file is AMMYY_Admin.exe; copies are often written without the underscore.
    expect(match(proc('AmmyyAdmin.exe'))?.tool.id).toBe('ammyy-admin');
  });
});

describe('the names people and browsers give copies', () => {
  const anyDesk = (name: string) => match(proc(name));

  it('a second download: "AnyDesk (1).exe"', () => {
    expect(anyDesk('AnyDesk (1).exe')).toMatchObject({ tool: { id: 'anydesk' }, via: 'copy-name' });
    expect(anyDesk('AnyDesk (12).exe')?.tool.id).toBe('anydesk');
  });

  it('a download without a space: "AnyDesk(2).exe"', () => {
    expect(anyDesk('AnyDesk(2).exe')?.tool.id).toBe('anydesk');
  });

  it('a copy made in Explorer: "AnyDesk - Copy.exe", also in German and Spanish Windows', () => {
    expect(anyDesk('AnyDesk - Copy.exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('AnyDesk - Copy (2).exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('AnyDesk - Kopie.exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('AnyDesk - copia.exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('Copy of AnyDesk.exe')?.tool.id).toBe('anydesk');
  });

  it('a setup: "AnyDesk_setup.exe" is called a download', () => {
    expect(anyDesk('AnyDesk_setup.exe')).toMatchObject({ tool: { id: 'anydesk' }, installer: true });
    expect(anyDesk('AnyDesk-Installer.exe')).toMatchObject({ tool: { id: 'anydesk' }, installer: true });
  });

  it('a version in the name: "AnyDesk_7.1.exe"', () => {
    expect(anyDesk('AnyDesk_7.1.exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('AnyDesk-9.0.5.exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('AnyDesk v9.exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('AnyDesk_setup_7.1 (1).exe')).toMatchObject({ tool: { id: 'anydesk' }, installer: true });
  });

  it('look-alike letters: a Cyrillic "А", a Greek "α", full-width letters, a hidden zero-width space', () => {
    expect(anyDesk('\u0410nyDesk.exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('TeamVie\u0432er.exe')).toBeNull(); // в is a "v", not a "w": no look-alike
    expect(anyDesk('TeamViewer\u200b.exe')?.tool.id).toBe('teamviewer');
    expect(anyDesk('Ultr\u03b1Viewer_Desktop.exe')?.tool.id).toBe('ultraviewer');
    expect(anyDesk('\uff21nyDesk.exe')?.tool.id).toBe('anydesk');
    expect(anyDesk('\u0410nyDesk (1).exe')?.tool.id).toBe('anydesk');
  });

  it('does not turn everyday names into tools by taking marks off', () => {
    for (const name of [
      'notepad (1).exe',
      'chrome - Copy.exe',
      'setup (1).exe',
      'Teams_1.7.exe',
      'tv (2).exe',
    ]) {
      expect(match(proc(name)), name).toBeNull();
    }
  });
});

describe('renamed tools, found by what their file says about itself', () => {
  const file = (details: Partial<NonNullable<ProcessInfo['file']>>): ProcessInfo => ({
    ...proc('notepad2.exe', 'C:\\Users\\Ann\\Downloads\\notepad2.exe'),
    file: { companyName: null, productName: null, fileDescription: null, originalFilename: null, ...details },
  });

  it('AnyDesk copied as notepad2.exe is still AnyDesk', () => {
    const anyDesk = file({
      companyName: 'AnyDesk Software GmbH',
      productName: 'AnyDesk',
      fileDescription: 'AnyDesk',
      originalFilename: 'AnyDesk.exe',
    });
    expect(match(anyDesk)).toMatchObject({
      tool: { id: 'anydesk' },
      via: 'file-details',
      processName: 'notepad2.exe',
    });
  });

  it('each detail is enough on its own: company, product, description, original file name', () => {
    expect(match(file({ companyName: 'AnyDesk Software GmbH' }))?.tool.id).toBe('anydesk');
    expect(match(file({ companyName: 'TeamViewer Germany GmbH' }))?.tool.id).toBe('teamviewer');
    expect(match(file({ productName: 'Splashtop Streamer' }))?.tool.id).toBe('splashtop');
    expect(match(file({ fileDescription: 'RustDesk Remote Desktop' }))?.tool.id).toBe('rustdesk');
    expect(match(file({ originalFilename: 'UltraViewer_Desktop.exe' }))?.tool.id).toBe('ultraviewer');
  });

  it('stays silent on everyday programs whose vendor also makes a remote tool', () => {
    for (const details of [
      { companyName: 'Google LLC', productName: 'Google Chrome', originalFilename: 'chrome.exe' },
      { companyName: 'AOMEI International Network Limited', productName: 'AOMEI Backupper' },
      { companyName: 'Enter Srl', productName: 'Iperius Backup' },
      { companyName: 'NCH Software', productName: 'WavePad Sound Editor' },
      { companyName: 'Famatech Corp.', productName: 'Advanced IP Scanner' },
      { companyName: 'Microsoft Corporation', productName: 'Microsoft Teams', originalFilename: 'Teams.exe' },
      { companyName: 'LogMeIn, Inc.', productName: 'LogMeIn Hamachi' },
      { companyName: 'Zoho Corporation', productName: 'Zoho Mail' },
    ]) {
      expect(match(file(details)), JSON.stringify(details)).toBeNull();
    }
  });

  it('a name the catalog knows wins over the file details, and no details means no match', () => {
    expect(match({ ...proc('AnyDesk.exe'), file: null })).toMatchObject({
      tool: { id: 'anydesk' },
      via: 'name',
    });
    expect(match(file({}))).toBeNull();
  });
});
