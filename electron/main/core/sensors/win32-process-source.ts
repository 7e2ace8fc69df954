import koffi from 'koffi';
import { baseName, type ProcessInfo } from '../../../../shared/catalog/process-info';
import type { ProcessSource } from '../ports/process-source';
import { parentOf, readSystemProcesses, type RawWin32Process } from './win32-process-list';

/**
 * Windows: the process list in-process, through koffi: one NtQuerySystemInformation call per
 * look (about 1 ms), and the full path of each new process once
 * (OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION) + QueryFullProcessImageNameW). No helper
 * process starts, so Windows looks four times a second, like Linux.
 * https://learn.microsoft.com/windows/win32/api/winternl/nf-winternl-ntquerysysteminformation
 * https://learn.microsoft.com/windows/win32/api/winbase/nf-winbase-queryfullprocessimagenamew
 */
const SystemProcessInformation = 5;
const STATUS_INFO_LENGTH_MISMATCH = 0xc0000004 | 0;
const PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;

function loadApi() {
  const ntdll = koffi.load('ntdll.dll');
  const kernel32 = koffi.load('kernel32.dll');
  return {
    NtQuerySystemInformation: ntdll.func(
      'int32 __stdcall NtQuerySystemInformation(uint32 infoClass, void *info, uint32 length, _Out_ uint32 *returned)',
    ),
    OpenProcess: kernel32.func('intptr __stdcall OpenProcess(uint32 access, int inherit, uint32 pid)'),
    CloseHandle: kernel32.func('int __stdcall CloseHandle(intptr handle)'),
    QueryFullProcessImageNameW: kernel32.func(
      'int __stdcall QueryFullProcessImageNameW(intptr process, uint32 flags, _Out_ uint16_t *name, _Inout_ uint32 *size)',
    ),
  };
}
type Api = ReturnType<typeof loadApi>;
// One per process: koffi's loaded functions are process-wide, and loading twice costs time.
let api: Api | null = null;

/** A reused buffer that grows when the kernel says the list does not fit. */
let buffer = Buffer.alloc(256 * 1024);

function querySystemProcesses(a: Api): Buffer {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const returned = [0];
    const status = a.NtQuerySystemInformation(
      SystemProcessInformation,
      buffer,
      buffer.length,
      returned,
    ) as number;
    if (status === 0) return buffer;
    if (status !== STATUS_INFO_LENGTH_MISMATCH)
      throw new Error(`NtQuerySystemInformation failed: 0x${(status >>> 0).toString(16)}`);
    buffer = Buffer.alloc(Math.max(buffer.length * 2, (returned[0] ?? 0) + 64 * 1024));
  }
  throw new Error('NtQuerySystemInformation: the process list kept growing');
}

const pathChars = new Uint16Array(32_768);

/** The full Win32 path of a process, or null (another user's or a protected process, or gone). */
function imagePath(a: Api, pid: number): string | null {
  const handle = a.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) as number;
  if (!handle) return null;
  try {
    const size = [pathChars.length];
    if (!a.QueryFullProcessImageNameW(handle, 0, pathChars, size)) return null;
    return Buffer.from(pathChars.buffer, 0, (size[0] ?? 0) * 2).toString('utf16le');
  } finally {
    a.CloseHandle(handle);
  }
}

/** The native Windows source. Throws on a look when koffi or the system call fails. */
export function createWin32ProcessSource(): ProcessSource {
  /** Per pid: when it was created and what was read then (a reused pid is read again). */
  const seen = new Map<number, { created: bigint; info: ProcessInfo }>();
  let skipped = 0;
  return {
    name: 'win32-native',
    skippedEntries: () => skipped,
    snapshot: async (known) => {
      api ??= loadApi();
      const a = api;
      const list = readSystemProcesses(querySystemProcesses(a), BigInt(koffi.address(buffer)));
      skipped += list.skipped;
      const byPid = new Map<number, RawWin32Process>(list.processes.map((p) => [p.pid, p]));
      const out: ProcessInfo[] = [];
      for (const raw of list.processes) {
        // A Windows process never changes its executable: the same pid and start time is the same process.
        const before = seen.get(raw.pid);
        if (before && before.created === raw.created) {
          out.push(known.get(raw.pid) ?? before.info);
          continue;
        }
        const path = raw.pid > 4 ? imagePath(a, raw.pid) : null;
        const info: ProcessInfo = {
          pid: raw.pid,
          ppid: parentOf(raw, byPid),
          name: path ? baseName(path) : raw.name,
          path,
          cmd: null,
        };
        seen.set(raw.pid, { created: raw.created, info });
        out.push(info);
      }
      for (const pid of seen.keys()) if (!byPid.has(pid)) seen.delete(pid);
      return out;
    },
  };
}
