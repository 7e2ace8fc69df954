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
  /**
   * What the executable file says about itself (its version resource on Windows), read for
   * processes whose name the catalog does not know; absent when it was not read.
   */
  readonly file?: FileDetails | null;
}

/** The strings a Windows executable's version resource carries, each null when missing. */
export interface FileDetails {
  readonly companyName: string | null;
  readonly productName: string | null;
  readonly fileDescription: string | null;
  readonly originalFilename: string | null;
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
