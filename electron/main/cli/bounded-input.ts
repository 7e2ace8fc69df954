import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UsageError } from './usage-error';

/**
 * Every input the CLI reads has a size it stops at, so `holdon … < /dev/zero` or a huge file
 * ends with a one-line reason instead of eating the computer's memory, and a file that is not a
 * plain file (a FIFO nobody writes to, a device, a folder) is refused instead of waited on.
 */

/** What standard input gives: chunks, as `process.stdin` does (tests pass an array of strings). */
/** The limits: a settings file, a message to check, one line for `classify`, a PIN. */
export const inputLimits = {
  settings: 2 * 1024 * 1024,
  message: 200 * 1024,
  classifyLine: 1024 * 1024,
  pin: 1024,
} as const;

export type InputChunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

const mb = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;

const toBuffer = (chunk: Uint8Array | string): Buffer =>
  typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);

/** All of the input as text, or a UsageError as soon as it passes `maxBytes`. */
export async function readAllBounded(chunks: InputChunks, maxBytes: number, what: string): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const buffer = toBuffer(chunk);
    size += buffer.length;
    if (size > maxBytes) throw new UsageError(`${what} is larger than ${mb(maxBytes)}; nothing was read`);
    parts.push(buffer);
  }
  return Buffer.concat(parts).toString('utf8');
}

/**
 * The input line by line, holding one line at a time (any length of input). A line longer than
 * `maxLineBytes` ends the reading with a UsageError naming it.
 */
export async function* linesBounded(chunks: InputChunks, maxLineBytes: number): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let lineNumber = 0;
  const tooLong = (): UsageError =>
    new UsageError(`line ${lineNumber + 1} is longer than ${mb(maxLineBytes)}; reading stopped there`);
  for await (const chunk of chunks) {
    let buffer = toBuffer(chunk);
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10)) {
      if (pendingSize + at > maxLineBytes) throw tooLong();
      const line = Buffer.concat([...pending, buffer.subarray(0, at)]).toString('utf8');
      pending = [];
      pendingSize = 0;
      lineNumber += 1;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      buffer = buffer.subarray(at + 1);
    }
    pendingSize += buffer.length;
    if (pendingSize > maxLineBytes) throw tooLong();
    if (buffer.length > 0) pending.push(buffer);
  }
  if (pendingSize > 0) yield Buffer.concat(pending).toString('utf8');
}

/**
 * A plain file's text, at most `maxBytes`. Opened without waiting (a FIFO is refused, not
 * waited on), checked to be a regular file, and read up to one byte past the limit.
 */
export function readFileBounded(path: string, maxBytes: number): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${path}: no such file` : `cannot read ${path} (${code ?? 'error'})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${path} is not a plain file; nothing was read`);
    if (stat.size > maxBytes)
      throw new UsageError(`${path} is larger than ${mb(maxBytes)}; nothing was read`);
    const buffer = Buffer.alloc(maxBytes + 1);
    let size = 0;
    for (;;) {
      const read = readSync(fd, buffer, size, buffer.length - size, null);
      if (read === 0) break;
      size += read;
      if (size > maxBytes) throw new UsageError(`${path} is larger than ${mb(maxBytes)}; nothing was read`);
    }
    return buffer.subarray(0, size).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
