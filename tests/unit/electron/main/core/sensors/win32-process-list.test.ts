import { describe, expect, it } from 'vitest';
import {
  parentOf,
  readSystemProcesses,
  type RawWin32Process,
} from '../../../../../../electron/main/core/sensors/win32-process-list';

/**
 * Builds the buffer NtQuerySystemInformation(SystemProcessInformation) fills on 64-bit Windows:
 * one 256-byte entry per process, each followed by its image name (UTF-16), with the name's
 * pointer given as `base` + its offset, as the kernel writes it.
 */
function systemBuffer(
  entries: readonly {
    pid: number;
    ppid?: number;
    name: string | null;
    created?: bigint;
    badPointer?: boolean;
  }[],
  base = 0x7ff0_0000_0000n,
): Buffer {
  const sizes = entries.map((e) => 256 + Math.ceil(((e.name?.length ?? 0) * 2) / 8) * 8);
  const buffer = Buffer.alloc(sizes.reduce((a, b) => a + b, 0));
  let offset = 0;
  entries.forEach((e, i) => {
    const size = sizes[i] ?? 256;
    buffer.writeUInt32LE(i === entries.length - 1 ? 0 : size, offset);
    buffer.writeBigInt64LE(e.created ?? 1000n + BigInt(i), offset + 32);
    if (e.name !== null) {
      const bytes = Buffer.from(e.name, 'utf16le');
      bytes.copy(buffer, offset + 256);
      buffer.writeUInt16LE(bytes.length, offset + 56);
      buffer.writeUInt16LE(bytes.length, offset + 58);
      buffer.writeBigUInt64LE(e.badPointer ? 0x10n : base + BigInt(offset + 256), offset + 64);
    }
    buffer.writeBigUInt64LE(BigInt(e.pid), offset + 80);
    buffer.writeBigUInt64LE(BigInt(e.ppid ?? 0), offset + 88);
    offset += size;
  });
  return buffer;
}

describe('reading the Windows process list', () => {
  const base = 0x7ff0_0000_0000n;

  it('reads pid, parent, name and start time of every entry', () => {
    const buffer = systemBuffer(
      [
        { pid: 0, name: null },
        { pid: 4, name: 'System' },
        { pid: 1234, ppid: 4, name: 'AnyDesk (1).exe', created: 5000n },
        { pid: 88, ppid: 1234, name: 'Fernwartung Müller.exe' },
      ],
      base,
    );
    const { processes, skipped } = readSystemProcesses(buffer, base);
    expect(skipped).toBe(0);
    expect(processes.map((p) => [p.pid, p.ppid, p.name])).toEqual([
      [4, 0, 'System'],
      [1234, 4, 'AnyDesk (1).exe'],
      [88, 1234, 'Fernwartung Müller.exe'],
    ]);
    expect(processes[1]?.created).toBe(5000n);
  });

  it('skips and counts entries without a usable name, never throws', () => {
    const buffer = systemBuffer(
      [
        { pid: 8, name: null },
        { pid: 12, name: 'bad\\name.exe' },
        { pid: 16, name: 'pointer.exe', badPointer: true },
        { pid: 20, name: 'AnyDesk.exe' },
      ],
      base,
    );
    const { processes, skipped } = readSystemProcesses(buffer, base);
    expect(processes.map((p) => p.name)).toEqual(['AnyDesk.exe']);
    expect(skipped).toBe(3);
  });

  it('stops at the end of a truncated or looping buffer', () => {
    const buffer = systemBuffer(
      [
        { pid: 20, name: 'AnyDesk.exe' },
        { pid: 24, name: 'next.exe' },
      ],
      base,
    );
    expect(readSystemProcesses(buffer.subarray(0, 300), base).processes.map((p) => p.pid)).toEqual([20]);
    const looping = Buffer.from(buffer);
    looping.writeUInt32LE(0, 0);
    expect(readSystemProcesses(looping, base).processes).toHaveLength(1);
    expect(readSystemProcesses(Buffer.alloc(10), base)).toEqual({ processes: [], skipped: 0 });
  });
});

describe('a Windows parent', () => {
  const raw = (pid: number, ppid: number, created: bigint): RawWin32Process => ({
    pid,
    ppid,
    name: `${pid}.exe`,
    created,
  });

  it('is the parent pid when that process started first, or has exited', () => {
    const parent = raw(100, 4, 10n);
    const child = raw(200, 100, 20n);
    expect(parentOf(child, new Map([[100, parent]]))).toBe(100);
    expect(parentOf(child, new Map())).toBe(100);
  });

  it('is none when the pid was reused by a younger process (ending a tree must not reach it)', () => {
    const reused = raw(100, 4, 30n);
    expect(parentOf(raw(200, 100, 20n), new Map([[100, reused]]))).toBeNull();
    expect(parentOf(raw(200, 0, 20n), new Map())).toBeNull();
    expect(parentOf(raw(200, 200, 20n), new Map())).toBeNull();
  });
});
