import { open, type FileHandle } from 'node:fs/promises';
import type { FileDetails } from '../../../../shared/catalog/process-info';
import { PeFormatError } from './pe-format-error';
import { parseVersionStrings } from './pe-version-strings';

export { PeFormatError } from './pe-format-error';

/**
 * Reads the version resource of a Windows executable (CompanyName, ProductName,
 * FileDescription, OriginalFilename) in plain JavaScript, on any platform: no version.dll, so
 * the same code runs under Windows, under Wine and in Linux tests. It reads only the headers
 * and the version block, a few KiB, not the whole file.
 *
 * DOS header (e_lfanew) → "PE\0\0" and COFF header → optional header (PE32 or PE32+), data
 * directory 2 (resources) → section table (RVA → file offset) → resource tree RT_VERSION (16) /
 * first name / language → IMAGE_RESOURCE_DATA_ENTRY → VS_VERSIONINFO → StringFileInfo.
 * https://learn.microsoft.com/windows/win32/debug/pe-format#the-rsrc-section
 * https://learn.microsoft.com/windows/win32/menurc/vs-versioninfo
 */

const RT_VERSION = 16;
const maxVersionBlock = 1 << 20;
const chunkSize = 16 * 1024;

/** Positional reads through a cache of 16 KiB chunks: a lookup costs 2–3 reads, not a dozen. */
class ChunkReader {
  private readonly chunks = new Map<number, Buffer>();
  constructor(
    private readonly file: FileHandle,
    readonly size: number,
  ) {}

  private async chunk(index: number): Promise<Buffer> {
    const cached = this.chunks.get(index);
    if (cached) return cached;
    const start = index * chunkSize;
    const buffer = Buffer.alloc(Math.min(chunkSize, this.size - start));
    const { bytesRead } = await this.file.read(buffer, 0, buffer.length, start);
    if (bytesRead !== buffer.length) throw new PeFormatError('short read');
    this.chunks.set(index, buffer);
    return buffer;
  }

  async read(offset: number, length: number): Promise<Buffer> {
    if (offset < 0 || length < 0 || offset + length > this.size)
      throw new PeFormatError(`read outside the file at ${offset}+${length}`);
    const first = Math.floor(offset / chunkSize);
    const last = Math.floor((offset + Math.max(length, 1) - 1) / chunkSize);
    const parts: Buffer[] = [];
    for (let i = first; i <= last; i += 1) parts.push(await this.chunk(i));
    const joined = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    return joined.subarray(offset - first * chunkSize, offset - first * chunkSize + length);
  }
}

interface Section {
  readonly virtualSize: number;
  readonly virtualAddress: number;
  readonly rawSize: number;
  readonly rawOffset: number;
}

/** File offset of an RVA, or null when it lies outside the file's sections. */
function fileOffset(sections: readonly Section[], rva: number): number | null {
  for (const s of sections) {
    if (rva < s.virtualAddress || rva >= s.virtualAddress + Math.max(s.virtualSize, s.rawSize)) continue;
    const delta = rva - s.virtualAddress;
    return delta < s.rawSize ? s.rawOffset + delta : null;
  }
  return null;
}

async function resourceTable(r: ChunkReader): Promise<{ rva: number; sections: Section[] } | null> {
  const dos = await r.read(0, 64);
  if (dos.readUInt16LE(0) !== 0x5a4d) throw new PeFormatError('not an MZ executable');
  const peOffset = dos.readUInt32LE(0x3c);
  const pe = await r.read(peOffset, 24);
  if (pe.readUInt32LE(0) !== 0x00004550) throw new PeFormatError('no PE signature');
  const sectionCount = pe.readUInt16LE(6);
  const optionalSize = pe.readUInt16LE(20);
  const optional = await r.read(peOffset + 24, optionalSize);
  const magic = optional.readUInt16LE(0);
  // Data directories start at 96 in PE32 (0x10b) and at 112 in PE32+ (0x20b).
  const dirStart = magic === 0x10b ? 96 : magic === 0x20b ? 112 : null;
  if (dirStart === null) throw new PeFormatError(`unknown optional header 0x${magic.toString(16)}`);
  if (optional.readUInt32LE(dirStart - 4) <= 2 || dirStart + 24 > optionalSize) return null;
  const rva = optional.readUInt32LE(dirStart + 16);
  if (rva === 0 || optional.readUInt32LE(dirStart + 20) === 0) return null;
  const table = await r.read(peOffset + 24 + optionalSize, sectionCount * 40);
  const sections: Section[] = [];
  for (let at = 0; at < sectionCount * 40; at += 40) {
    sections.push({
      virtualSize: table.readUInt32LE(at + 8),
      virtualAddress: table.readUInt32LE(at + 12),
      rawSize: table.readUInt32LE(at + 16),
      rawOffset: table.readUInt32LE(at + 20),
    });
  }
  return { rva, sections };
}

interface DirectoryEntry {
  readonly named: boolean;
  readonly id: number;
  readonly isDirectory: boolean;
  readonly offset: number;
}

async function entries(r: ChunkReader, root: number, dir: number): Promise<DirectoryEntry[]> {
  const header = await r.read(root + dir, 16);
  const count = header.readUInt16LE(12) + header.readUInt16LE(14);
  if (count > 4096) throw new PeFormatError('resource directory too large');
  const raw = await r.read(root + dir + 16, count * 8);
  const out: DirectoryEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = raw.readUInt32LE(i * 8);
    const data = raw.readUInt32LE(i * 8 + 4);
    out.push({
      named: (name & 0x80000000) !== 0,
      id: name & 0x7fffffff,
      isDirectory: (data & 0x80000000) !== 0,
      offset: data & 0x7fffffff,
    });
  }
  return out;
}

/**
 * Which language to take when a file has several (Wine's own DLLs carry a dozen): like
 * FindResource, neutral first, then US English, then any English, then the first.
 */
const pickLanguage = (list: readonly DirectoryEntry[]): DirectoryEntry | undefined =>
  list.find((e) => !e.named && e.id === 0) ??
  list.find((e) => !e.named && e.id === 0x0409) ??
  list.find((e) => !e.named && (e.id & 0x3ff) === 0x09) ??
  list[0];

async function versionBlock(r: ChunkReader): Promise<Buffer | null> {
  const table = await resourceTable(r);
  if (!table) return null;
  const root = fileOffset(table.sections, table.rva);
  if (root === null) return null;
  const type = (await entries(r, root, 0)).find((e) => !e.named && e.id === RT_VERSION && e.isDirectory);
  if (!type) return null;
  const name = (await entries(r, root, type.offset))[0];
  if (!name) return null;
  const leaf = name.isDirectory ? pickLanguage(await entries(r, root, name.offset)) : name;
  if (!leaf || leaf.isDirectory) return null;
  const data = await r.read(root + leaf.offset, 16); // IMAGE_RESOURCE_DATA_ENTRY
  const size = data.readUInt32LE(4);
  const offset = fileOffset(table.sections, data.readUInt32LE(0));
  if (size < 6 || size > maxVersionBlock || offset === null) return null;
  return r.read(offset, Math.min(size, r.size - offset));
}

/** The version strings of a PE file on disk, or null when it has none. Throws PeFormatError for a file that is not PE. */
export async function readPeFileDetails(path: string): Promise<FileDetails | null> {
  const file = await open(path, 'r');
  try {
    const reader = new ChunkReader(file, (await file.stat()).size);
    const block = await versionBlock(reader);
    return block ? parseVersionStrings(block) : null;
  } catch (error) {
    if (error instanceof RangeError) throw new PeFormatError(error.message);
    throw error;
  } finally {
    await file.close();
  }
}
