import { describe, expect, it } from 'vitest';
import { showAndTellOf } from '../../../../shared/engine/show-and-tell';

const p = (name: string, cmd: string | null = null) => ({ pid: 1, ppid: null, name, path: null, cmd });

describe('show-and-tell tools', () => {
  it('recognises the programs fake technicians open, on any platform', () => {
    expect(showAndTellOf(p('eventvwr.exe'))).toBe('eventViewer');
    expect(showAndTellOf(p('EVENTVWR.EXE'))).toBe('eventViewer');
    expect(showAndTellOf(p('mmc.exe', 'mmc.exe C:\\Windows\\system32\\eventvwr.msc /s'))).toBe('eventViewer');
    expect(showAndTellOf(p('netstat.exe'))).toBe('netstat');
    expect(showAndTellOf(p('netstat'))).toBe('netstat');
    expect(showAndTellOf(p('tree.com'))).toBe('tree');
    expect(showAndTellOf(p('syskey.exe'))).toBe('syskey');
    expect(showAndTellOf(p('msconfig.exe'))).toBe('msconfig');
    expect(showAndTellOf(p('regedit.exe'))).toBe('regedit');
    expect(showAndTellOf(p('perfmon.exe'))).toBe('perfmon');
    expect(showAndTellOf(p('Taskmgr.exe'))).toBe('taskManager');
  });

  it('looks inside command windows for dir /s, tree and assoc', () => {
    expect(showAndTellOf(p('cmd.exe', 'cmd.exe /k dir /s'))).toBe('listAllFiles');
    expect(showAndTellOf(p('powershell.exe', 'powershell -c Get-ChildItem C:\\ -Recurse'))).toBe(
      'listAllFiles',
    );
    expect(showAndTellOf(p('cmd.exe', 'cmd.exe /c assoc'))).toBe('assoc');
    expect(showAndTellOf(p('cmd.exe', 'cmd.exe /c tree C:\\'))).toBe('tree');
  });

  it('ignores ordinary use', () => {
    expect(showAndTellOf(p('cmd.exe', 'cmd.exe /c echo hello'))).toBeNull();
    expect(showAndTellOf(p('mmc.exe', 'mmc.exe devmgmt.msc'))).toBeNull();
    expect(showAndTellOf(p('explorer.exe'))).toBeNull();
  });
});
