import { describe, expect, it } from 'vitest';
import {
  endProcesses,
  processTree,
  type ProcessControl,
} from '../../../../../../electron/main/core/actions/end-processes';
import type { ProcessInfo } from '../../../../../../shared/catalog/process-info';

function fakeControl(behaviour: Record<number, 'term' | 'kill' | 'eperm' | 'stubborn'>) {
  const alive = new Set(Object.keys(behaviour).map(Number));
  const sent: string[] = [];
  const control: ProcessControl = {
    kill(pid, signal) {
      sent.push(`${signal}:${pid}`);
      const how = behaviour[pid];
      if (!alive.has(pid)) throw Object.assign(new Error('ESRCH'), { code: 'ESRCH' });
      if (how === 'eperm') throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      if (how === 'term' || (how === 'kill' && signal === 'SIGKILL')) alive.delete(pid);
    },
    isRunning: (pid) => alive.has(pid),
    sleep: async () => undefined,
  };
  return { control, sent };
}

describe('ending processes', () => {
  it('orders a process tree children first', () => {
    const p = (pid: number, ppid: number): [number, ProcessInfo] => [
      pid,
      { pid, ppid, name: 'x', path: null, cmd: null },
    ];
    const table = new Map([p(10, 1), p(11, 10), p(12, 11), p(13, 10), p(20, 1)]);
    expect(processTree([10], table)).toEqual([12, 11, 13, 10]);
  });

  it('asks politely first, then forces what will not stop, and checks', async () => {
    const { control, sent } = fakeControl({ 1: 'term', 2: 'kill' });
    const report = await endProcesses([1, 2], control, 100);
    expect(report).toEqual({ ended: [1, 2], notPermitted: [], stillRunning: [] });
    expect(sent).toEqual(['SIGTERM:1', 'SIGTERM:2', 'SIGKILL:2']);
  });

  it('reports processes it may not end, and ones that survive even SIGKILL', async () => {
    const { control } = fakeControl({ 1: 'eperm', 2: 'stubborn', 3: 'term' });
    const report = await endProcesses([1, 2, 3], control, 100);
    expect(report).toEqual({ ended: [3], notPermitted: [1], stillRunning: [2] });
  });
});
