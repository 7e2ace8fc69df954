import { bestTool, type NameHit } from './best-tool';
import type { Catalog, CatalogTool } from './catalog-types';
import { matchFileDetails } from './file-details-match';
import { copyForm, foldLookAlikes, joined } from './name-forms';
import { baseName, wildcard, type ProcessInfo } from './process-info';

export interface ToolMatch {
  readonly tool: CatalogTool;
  /** The process's own name. */
  readonly processName: string;
  /**
   * How it matched: its exact name, a wildcard, an installer name, a copy's name (`AnyDesk (1)`,
   * look-alike letters), its app bundle, a generic name confirmed by its folder, or what its
   * file says about itself (a renamed copy).
   */
  readonly via:
    'name' | 'pattern' | 'installer' | 'copy-name' | 'app-bundle' | 'generic-with-path' | 'file-details';
  readonly installer: boolean;
}

export type Matcher = (process: ProcessInfo) => ToolMatch | null;

const normalisePath = (path: string): string => path.replace(/\\/g, '/');

/** Folded name without `.exe`/`.com`: `АnyDesk.EXE` (Cyrillic А) → `anydesk`. */
export const foldedStem = (name: string): string =>
  foldLookAlikes(baseName(name)).replace(/\.(exe|com)$/, '');

/**
 * Builds a matcher over the catalog. Names from every platform are in one index, compared
 * without case, `.exe` or look-alike letters, so `AnyDesk.exe` is found on Linux and `anydesk`
 * on Windows; a copy's name (`AnyDesk (1).exe`) is found too. A generic name (`agent.exe`)
 * only matches when the process runs from the tool's own install folder. A process whose name
 * says nothing is matched by what its file says about itself (`file`, read by the sensor).
 */
export function createMatcher(catalog: Catalog): Matcher {
  const exact = new Map<string, CatalogTool[]>();
  const squeezed = new Map<string, CatalogTool[]>();
  const generic = new Map<string, CatalogTool[]>();
  const wildcards: { regex: RegExp; tool: CatalogTool; installer: boolean }[] = [];
  const add = (map: Map<string, CatalogTool[]>, key: string, tool: CatalogTool): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(tool)) map.set(key, [...list, tool]);
  };
  const addExact = (stem: string, tool: CatalogTool): void => {
    add(exact, stem, tool);
    const flat = joined(stem);
    if (flat) add(squeezed, flat, tool);
  };

  for (const tool of catalog.tools) {
    const genericStems = new Set(tool.genericNames.map(foldedStem));
    for (const name of Object.values(tool.processNames).flat()) {
      const stem = foldedStem(name);
      if (genericStems.has(stem)) add(generic, stem, tool);
      else addExact(stem, tool);
    }
    for (const pattern of tool.patterns)
      wildcards.push({ regex: wildcard(foldedStem(pattern)), tool, installer: false });
    for (const pattern of tool.installers) {
      if (pattern.includes('*'))
        wildcards.push({ regex: wildcard(foldedStem(pattern)), tool, installer: true });
      else if (!genericStems.has(foldedStem(pattern))) addExact(foldedStem(pattern), tool);
    }
  }
  // A download that is also the program's own name (AnyDesk.exe runs without installing) says
  // nothing about a download unless its name says so (TeamViewerQS.exe, …_setup.exe).
  const installerLike = /setup|install|download|qs$/;
  const installerStems = new Map<CatalogTool, Set<string>>(
    catalog.tools.map((t) => {
      const own = new Set(Object.values(t.processNames).flat().map(foldedStem));
      const stems = t.installers.filter((p) => !p.includes('*')).map(foldedStem);
      return [t, new Set(stems.filter((s) => !own.has(s) || installerLike.test(s)))];
    }),
  );
  const bundles = new Map<string, CatalogTool[]>();
  for (const tool of catalog.tools)
    for (const app of tool.macosAppBundles) add(bundles, app.toLowerCase(), tool);

  /** The name as it is: an exact name, then a wildcard. */
  const plainHit = (stem: string): NameHit | null => {
    const exactTool = bestTool(exact.get(stem) ?? []);
    if (exactTool) {
      const installer = installerStems.get(exactTool)?.has(stem) ?? false;
      return { tool: exactTool, via: installer ? 'installer' : 'name', installer };
    }
    const hits = wildcards.filter((w) => w.regex.test(stem));
    const wildTool = bestTool(hits.map((h) => h.tool));
    if (!wildTool) return null;
    const installer = hits.some((h) => h.tool === wildTool && h.installer);
    return { tool: wildTool, via: installer ? 'installer' : 'pattern', installer };
  };

  /** What a name says, as it is or as a copy's name. Generic names are not looked at here. */
  const nameHit = (name: string): NameHit | null => {
    const stem = foldedStem(name);
    const plain = plainHit(stem);
    if (plain) return plain;
    const form = copyForm(stem);
    const own = form ? plainHit(form.stem) : null;
    if (form && own) {
      const installer = own.installer || form.installer;
      return { tool: own.tool, via: installer ? 'installer' : 'copy-name', installer };
    }
    const flat = joined(form?.stem ?? stem);
    const flatTool = flat ? bestTool(squeezed.get(flat) ?? []) : undefined;
    return flatTool ? { tool: flatTool, via: 'copy-name', installer: form?.installer ?? false } : null;
  };

  const genericWithPath = (process: ProcessInfo): CatalogTool | undefined => {
    const stem = foldedStem(process.name);
    const candidates = generic.get(stem) ?? generic.get(copyForm(stem)?.stem ?? '');
    if (!candidates || !process.path) return undefined;
    const path = normalisePath(process.path);
    return candidates.find((tool) =>
      tool.installPaths.some((p) => {
        const folder = normalisePath(p);
        // Install paths are folders (`C:\Program Files\Tool\*`) or files; both must hold the executable.
        return wildcard(
          folder.endsWith('*') || folder.endsWith('/') ? `${folder.replace(/\/?\*?$/, '')}/*` : folder,
        ).test(path);
      }),
    );
  };

  const fileDetails = matchFileDetails(catalog, nameHit);

  return (process) => {
    const byName = nameHit(process.name);
    if (byName) return { ...byName, processName: process.name };
    // macOS: every executable of an app lives in `<Name>.app/Contents/…`.
    const app = process.path
      ? /\/([^/]+\.app)\/Contents\//i.exec(process.path)?.[1]?.toLowerCase()
      : undefined;
    const appTool = app ? bestTool(bundles.get(app) ?? []) : undefined;
    if (appTool) return { tool: appTool, processName: process.name, via: 'app-bundle', installer: false };
    const confirmed = genericWithPath(process);
    if (confirmed)
      return { tool: confirmed, processName: process.name, via: 'generic-with-path', installer: false };
    const byFile = process.file ? fileDetails(process.file) : null;
    return byFile ? { tool: byFile, processName: process.name, via: 'file-details', installer: false } : null;
  };
}
