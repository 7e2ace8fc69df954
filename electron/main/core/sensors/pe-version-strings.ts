import type { FileDetails } from '../../../../shared/catalog/process-info';
import { PeFormatError } from './pe-format-error';

/**
 * The strings of a VS_VERSIONINFO block: a tree of nodes, each `wLength`, `wValueLength`,
 * `wType`, a UTF-16 key, padding to 4 bytes, the value, then its children, each aligned to 4
 * bytes. https://learn.microsoft.com/windows/win32/menurc/vs-versioninfo,
 * https://learn.microsoft.com/windows/win32/menurc/stringfileinfo and
 * https://learn.microsoft.com/windows/win32/menurc/string-str
 */

interface VersionNode {
  readonly key: string;
  readonly valueLength: number;
  readonly valueOffset: number;
  readonly end: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

function nodeAt(block: Buffer, offset: number, limit: number): VersionNode | null {
  if (offset + 6 > limit) return null;
  const length = block.readUInt16LE(offset);
  if (length < 6) return null;
  const end = Math.min(offset + length, limit);
  let p = offset + 6;
  while (p + 1 < end && block.readUInt16LE(p) !== 0) p += 2;
  return {
    key: block.toString('utf16le', offset + 6, p),
    valueLength: block.readUInt16LE(offset + 2),
    valueOffset: align4(p + 2),
    end,
  };
}

function childrenOf(block: Buffer, node: VersionNode, first: number): VersionNode[] {
  const out: VersionNode[] = [];
  for (let p = align4(first); p < node.end;) {
    const child = nodeAt(block, p, node.end);
    if (!child) break;
    out.push(child);
    p = align4(child.end);
  }
  return out;
}

/** A String's text: its length is in characters (some tools write bytes), so stop at the first NUL. */
function text(block: Buffer, node: VersionNode): string {
  if (node.valueLength === 0 || node.valueOffset >= node.end) return '';
  const end = node.end - ((node.end - node.valueOffset) % 2);
  const value = block.toString('utf16le', node.valueOffset, end);
  const nul = value.indexOf('\0');
  return (nul >= 0 ? value.slice(0, nul) : value).trim();
}

/** The first translation that has a string table, then the usual fallbacks, then any table. */
const fallbackTables = ['040904b0', '040904e4', '04090000', '000004b0'];

/** CompanyName, ProductName, FileDescription and OriginalFilename from a VS_VERSIONINFO block. */
export function parseVersionStrings(block: Buffer): FileDetails | null {
  const root = nodeAt(block, 0, block.length);
  if (!root || root.key !== 'VS_VERSION_INFO') throw new PeFormatError('not a VS_VERSIONINFO block');
  const tables = new Map<string, Map<string, string>>();
  const translations: string[] = [];
  // The VS_FIXEDFILEINFO value comes first; the children follow it.
  for (const section of childrenOf(block, root, root.valueOffset + root.valueLength)) {
    if (section.key === 'StringFileInfo') {
      for (const table of childrenOf(block, section, section.valueOffset)) {
        const strings = new Map<string, string>();
        for (const s of childrenOf(block, table, table.valueOffset)) strings.set(s.key, text(block, s));
        tables.set(table.key.toLowerCase(), strings);
      }
    } else if (section.key === 'VarFileInfo') {
      for (const v of childrenOf(block, section, section.valueOffset)) {
        if (v.key !== 'Translation') continue;
        for (let i = 0; i + 4 <= v.valueLength && v.valueOffset + i + 4 <= v.end; i += 4) {
          const hex = (n: number) => n.toString(16).padStart(4, '0');
          translations.push(
            hex(block.readUInt16LE(v.valueOffset + i)) + hex(block.readUInt16LE(v.valueOffset + i + 2)),
          );
        }
      }
    }
  }
  const key = [...translations, ...fallbackTables, ...tables.keys()].find(
    (k) => (tables.get(k)?.size ?? 0) > 0,
  );
  const strings = key ? tables.get(key) : undefined;
  if (!strings) return null;
  const get = (name: string): string | null => strings.get(name) || null;
  return {
    companyName: get('CompanyName'),
    productName: get('ProductName'),
    fileDescription: get('FileDescription'),
    originalFilename: get('OriginalFilename'),
  };
}
