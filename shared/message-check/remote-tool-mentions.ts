import type { Catalog, CatalogTool } from '../catalog/catalog-types';
import { createMatcher, type Matcher } from '../catalog/matcher';

export interface ToolMention {
  readonly toolId: string;
  readonly name: string;
}

/**
 * Tool names that are also everyday words ("remotely", "supremo") would flag ordinary
 * sentences; they are found only as a file name (`Supremo.exe`) through the catalog matcher.
 */
const everydayWords = new Set(['remotely', 'supremo']);

/** What people and scammers call the remote-help tools built into Windows, in our three languages. */
const aliases: Readonly<Record<string, readonly string[]>> = {
  'quick-assist': ['Quick Assist', 'Asistencia rápida', 'Asistencia rapida', 'Remotehilfe', 'Schnellhilfe'],
  'microsoft-remote-desktop-app': ['Remote Desktop', 'Escritorio remoto', 'Remotedesktop'],
  'remote-desktop-connection': ['Remote Desktop Connection', 'Remotedesktopverbindung'],
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "AnyDesk" → any[ .-]?desk, "Quick Assist" → quick[ .-]?assist: how people type the names. */
function namePattern(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((w) => escape(w.toLowerCase()));
  return words.join('[ .-]?');
}

interface Finder {
  readonly names: readonly { readonly tool: CatalogTool; readonly regex: RegExp }[];
  readonly matcher: Matcher;
}

const finders = new WeakMap<Catalog, Finder>();

function finderFor(catalog: Catalog): Finder {
  const cached = finders.get(catalog);
  if (cached) return cached;
  const names = catalog.tools
    .filter((t) => t.abuse === 'commonly-abused' || t.abuse === 'built-in')
    .flatMap((tool) =>
      [tool.name, ...(aliases[tool.id] ?? [])]
        .filter((n) => !everydayWords.has(n.toLowerCase()))
        .map((n) => ({ tool, regex: new RegExp(`(?<![\\w])${namePattern(n)}(?![\\w])`, 'i') })),
    )
    // Longer names first, so "Remote Desktop Connection" wins over "Remote Desktop".
    .sort((a, b) => b.regex.source.length - a.regex.source.length);
  const made = { names, matcher: createMatcher(catalog) };
  finders.set(catalog, made);
  return made;
}

/**
 * The remote-access tools a message names: by the names people use (commonly abused and
 * built-in tools), and any program file it mentions (`TeamViewerQS.exe`) through the same
 * catalog matcher the process watcher uses.
 */
export function findRemoteToolMentions(text: string, catalog: Catalog): ToolMention[] {
  const { names, matcher } = finderFor(catalog);
  const found = new Map<string, ToolMention & { readonly index: number }>();
  let rest = text;
  for (const { tool, regex } of names) {
    const m = regex.exec(rest);
    if (!m) continue;
    if (!found.has(tool.id)) found.set(tool.id, { toolId: tool.id, name: tool.name, index: m.index });
    // Blank what matched so "Remote Desktop Connection" is not found again as "Remote Desktop".
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  for (const file of text.matchAll(/[\w.-]+\.(?:exe|msi|dmg|pkg|app)\b/gi)) {
    const match = matcher({ pid: 0, ppid: null, name: file[0], path: null, cmd: null });
    if (match && match.tool.abuse !== 'remote-utility' && !found.has(match.tool.id))
      found.set(match.tool.id, { toolId: match.tool.id, name: match.tool.name, index: file.index });
  }
  // In the order the message names them.
  return [...found.values()].sort((a, b) => a.index - b.index).map(({ toolId, name }) => ({ toolId, name }));
}
