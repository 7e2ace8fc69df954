import { describe, expect, it } from 'vitest';
import { browserProcesses, closeBrowser } from '../../../../../../electron/main/core/actions/close-browser';
import type { ProcessControl } from '../../../../../../electron/main/core/actions/end-processes';
import type { ProcessInfo } from '../../../../../../shared/catalog/process-info';

const proc = (pid: number, ppid: number, path: string): [number, ProcessInfo] => [
  pid,
  { pid, ppid, name: path.split(/[\\/]/).pop() ?? path, path, cmd: null },
];
const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
const table = new Map([
  proc(1, 0, 'C:\\Windows\\explorer.exe'),
  proc(100, 1, chrome),
  proc(101, 100, chrome),
  proc(102, 100, chrome),
  proc(103, 100, 'C:\\Program Files\\Google\\Chrome\\Application\\chrome_crashpad_handler.exe'),
  // A second Chrome started on its own (another profile window).
  proc(200, 1, chrome),
  proc(300, 1, 'C:\\Program Files\\Mozilla Firefox\\firefox.exe'),
]);

function control(stubborn: readonly number[] = [], forbidden: readonly number[] = []) {
  const alive = new Set(table.keys());
  const c: ProcessControl = {
    kill(pid) {
      if (forbidden.includes(pid)) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      if (!stubborn.includes(pid)) alive.delete(pid);
    },
    isRunning: (pid) => alive.has(pid),
    sleep: async () => undefined,
  };
  return { c, alive };
}

describe('closing the web browser', () => {
  it("ends the page's browser, its whole tree, children first, and nothing else", () => {
    const { browser, pids } = browserProcesses(
      { pid: 102, browserName: 'Google Chrome', processName: 'chrome.exe' },
      table,
    );
    expect(browser?.id).toBe('chrome');
    expect(pids).toEqual([101, 102, 103, 100]);
  });

  it('with no known owner, ends every copy of the browser', () => {
    const { pids } = browserProcesses(
      { pid: null, browserName: 'Google Chrome', processName: 'chrome.exe' },
      table,
    );
    expect(pids).toEqual([101, 102, 103, 100, 200]);
  });

  it('says closed when every process is gone', async () => {
    const { c, alive } = control();
    const forgotten: number[][] = [];
    const result = await closeBrowser(
      { pid: 100, browserName: 'Google Chrome', processName: 'chrome.exe' },
      table,
      c,
      (browser, ended) => {
        forgotten.push(ended.map((p) => p.pid));
        return [`${browser.id}/Default/Sessions`];
      },
    );
    expect(result).toEqual({
      browser: 'Google Chrome',
      status: 'closed',
      ended: [101, 102, 103, 100],
      remaining: [],
      forgottenSession: ['chrome/Default/Sessions'],
    });
    // The pages it restores are forgotten only for the processes it ended, after they ended.
    expect(forgotten).toEqual([[101, 102, 103, 100]]);
    // Firefox, and the second Chrome started on its own, are left alone.
    expect(alive.has(300)).toBe(true);
    expect(alive.has(200)).toBe(true);
  });

  it('says plainly when it may not, or when the browser will not stop', async () => {
    const forbidden = await closeBrowser(
      { pid: 100, browserName: 'Google Chrome', processName: 'chrome.exe' },
      table,
      control([], [100]).c,
    );
    expect(forbidden).toMatchObject({ status: 'not-permitted', remaining: [100] });
    const stubborn = await closeBrowser(
      { pid: 100, browserName: 'Google Chrome', processName: 'chrome.exe' },
      table,
      control([102]).c,
    );
    expect(stubborn).toMatchObject({ status: 'failed', remaining: [102] });
  });

  it('an already closed browser is "not running"', async () => {
    const result = await closeBrowser(
      { pid: 999, browserName: 'Brave', processName: 'brave.exe' },
      table,
      control().c,
    );
    expect(result).toEqual({ browser: 'Brave', status: 'not-running', ended: [], remaining: [] });
  });
});
