/** One running process as a sensor sees it, on any platform. */
export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number | null;
  /** The executable's file name (`AnyDesk.exe`, `teamviewerd`), never truncated. */
  readonly name: string;
  /** Full path of the executable when the OS tells us, else null. */
  readonly path: string | null;
  /** The command line when known, else null. */
  readonly cmd: string | null;
}

/** `C:\\Users\\Ann\\Downloads\\AnyDesk.exe` → `AnyDesk.exe`, for paths from any platform. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** Case-folded name without `.exe`/`.com`, so Windows names match on every platform. */
export function stemOf(name: string): string {
  return baseName(name)
    .toLowerCase()
    .replace(/\.(exe|com)$/, '');
}

/** A `*` wildcard (file names or paths) as an anchored, case-insensitive regular expression. */
export function wildcard(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}
