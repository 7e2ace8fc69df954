/**
 * The pure part of the Windows process source: reading the SYSTEM_PROCESS_INFORMATION chain
 * that NtQuerySystemInformation(SystemProcessInformation) writes into a buffer, so it can be
 * tested anywhere. https://learn.microsoft.com/windows/win32/api/winternl/nf-winternl-ntquerysysteminformation
 *
 * Offsets on 64-bit Windows: NextEntryOffset 0 (ULONG), CreateTime 32 (LARGE_INTEGER, inside
 * Reserved1), ImageName 56 (UNICODE_STRING: Length at 56, Buffer at 64), UniqueProcessId 80,
 * InheritedFromUniqueProcessId 88 (Reserved2 in the documented struct). The image name's
 * characters live in the same buffer; its pointer is turned into an offset.
 */

export interface RawWin32Process {
  readonly pid: number;
  /** The pid of the process that started it; it may since have exited, and the pid been reused. */
  readonly ppid: number;
  /** The executable's file name (`AnyDesk.exe`), as the kernel knows it. */
  readonly name: string;
  /** When it started: 100-ns intervals since 1601 (0 for the idle process). */
  readonly created: bigint;
}

const entry = {
  nextEntryOffset: 0,
  createTime: 32,
  imageNameLength: 56,
  imageNameBuffer: 64,
  uniqueProcessId: 80,
  inheritedFromUniqueProcessId: 88,
  /** The smallest entry that holds every field read here. */
  minimumSize: 96,
} as const;

/** A name the kernel reported and a person can read: no NUL, no path separators, not empty. */
const usableName = (name: string): boolean => name.length > 0 && !/[\0\\/]/.test(name);

/**
 * The processes in the buffer. `base` is the buffer's own address (the image names point into
 * it). An entry without a usable name or pid is skipped and counted, never thrown (the System
 * Idle Process, pid 0 without a name, is skipped without counting: it is there on every look).
 */
export function readSystemProcesses(
  buffer: Buffer,
  base: bigint,
): { readonly processes: RawWin32Process[]; readonly skipped: number } {
  const processes: RawWin32Process[] = [];
  let skipped = 0;
  for (let offset = 0, seen = 0; offset + entry.minimumSize <= buffer.length && seen < 1_000_000; seen += 1) {
    const pid = Number(buffer.readBigUInt64LE(offset + entry.uniqueProcessId));
    const length = buffer.readUInt16LE(offset + entry.imageNameLength);
    const pointer = buffer.readBigUInt64LE(offset + entry.imageNameBuffer);
    const at = pointer - base;
    let name = '';
    if (length > 0 && length % 2 === 0 && at >= 0n && at + BigInt(length) <= BigInt(buffer.length)) {
      name = buffer.toString('utf16le', Number(at), Number(at) + length);
    }
    if (pid > 0 && Number.isSafeInteger(pid) && usableName(name)) {
      processes.push({
        pid,
        ppid: Number(buffer.readBigUInt64LE(offset + entry.inheritedFromUniqueProcessId)),
        name,
        created: buffer.readBigInt64LE(offset + entry.createTime),
      });
    } else if (pid !== 0) {
      // The System Idle Process (pid 0, no name) comes on every look and is nothing to count.
      skipped += 1;
    }
    const next = buffer.readUInt32LE(offset + entry.nextEntryOffset);
    if (next === 0) break;
    offset += next;
  }
  return { processes, skipped };
}

/**
 * The parent pid, or null when it cannot be the parent: Windows reuses pids, and a process
 * keeps its parent's pid after the parent exits, so a "parent" created after the child is
 * another program (ending a tree must never reach it).
 */
export function parentOf(child: RawWin32Process, byPid: ReadonlyMap<number, RawWin32Process>): number | null {
  if (child.ppid === 0 || child.ppid === child.pid) return null;
  const parent = byPid.get(child.ppid);
  if (!parent) return child.ppid;
  return parent.created > child.created && child.created !== 0n ? null : child.ppid;
}
