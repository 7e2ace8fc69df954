import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  /** The folder the disk is mounted on. */
  readonly dir: string;
  /** Unmounts it and removes the folder. */
  remove(): void;
}

/** A small disk of its own (tmpfs), so filling it touches nothing else. Needs root, as in CI. */
export function smallDisk(megabytes = 4): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'holdon-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch (error) {
    rmdirSync(dir);
    throw error;
  }
  return {
    dir,
    remove() {
      execFileSync('umount', [dir]);
      rmdirSync(dir);
    },
  };
}

/** Why a small disk cannot be made here (a skip reason), or null: tries one and removes it. */
export function smallDiskMissing(): string | null {
  try {
    smallDisk(1).remove();
    return null;
  } catch {
    return 'mounting a small tmpfs needs root';
  }
}

/** Writes zeros into `file` until the disk says it is full. */
export function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}
