import { describe, expect, it } from 'vitest';
import {
  onlyProcessesUnder,
  testProcessRoot,
} from '../../../../../../electron/main/core/sensors/process-tree-source';
import type { ProcessInfo } from '../../../../../../shared/catalog/process-info';
import type { ProcessSource } from '../../../../../../electron/main/core/ports/process-source';

const p = (pid: number, ppid: number | null, name: string): ProcessInfo => ({
  pid,
  ppid,
  name,
  path: null,
  cmd: null,
});

const machine: ProcessSource = {
  name: 'fake',
  snapshot: () =>
    Promise.resolve([
      p(1, 0, 'init'),
      p(100, 1, 'vitest'),
      p(101, 100, 'node (test worker)'),
      p(102, 101, 'AnyDesk.exe'),
      p(103, 102, 'AnyDesk helper'),
      p(200, 1, 'another clone'),
      p(201, 200, 'TeamViewer.exe'),
      p(300, 1, 'rustdesk (a leftover, reparented to init)'),
      p(400, null, 'no parent known'),
    ]),
};

describe('a process source limited to one process tree (the test hosts only)', () => {
  it("sees the test's own processes, children of children included, and nothing else on the machine", async () => {
    const seen = await onlyProcessesUnder(machine, 101).snapshot(new Map());
    expect(seen.map((x) => x.name)).toEqual(['AnyDesk.exe', 'AnyDesk helper']);
  });

  it('is set only by a whole pid in HOLDON_TEST_PROCESS_ROOT', () => {
    expect(testProcessRoot({})).toBeNull();
    expect(testProcessRoot({ HOLDON_TEST_PROCESS_ROOT: '4242' })).toBe(4242);
    expect(testProcessRoot({ HOLDON_TEST_PROCESS_ROOT: '1; rm -rf /' })).toBeNull();
  });
});
