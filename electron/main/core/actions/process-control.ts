import { setTimeout as sleep } from 'node:timers/promises';
import { isRunningOnLinux } from '../sensors/linux-proc-source';
import type { ProcessControl } from './end-processes';

/** The real operating system: `process.kill`, and on Linux a zombie counts as gone. */
export const systemProcessControl: ProcessControl = {
  kill: (pid, signal) => {
    process.kill(pid, signal);
  },
  isRunning(pid) {
    if (process.platform === 'linux') return isRunningOnLinux(pid);
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  sleep: async (ms) => {
    await sleep(ms);
  },
};
