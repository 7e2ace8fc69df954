import type { AbuseClass, Catalog, CatalogTool } from './catalog-types';
import { stemOf, wildcard, type ProcessInfo } from './process-info';

export interface ToolMatch {
  readonly tool: CatalogTool;
  /** The process's own name. */
  readonly processName: string;
  /** How it matched: its exact name, a wildcard, an installer name, or a generic name confirmed by its folder. */
  readonly via: 'name' | 'pattern' | 'installer' | 'app-bundle' | 'generic-with-path';
  readonly installer: boolean;
}

export type Matcher = (process: ProcessInfo) => ToolMatch | null;

const priority: Readonly<Record<AbuseClass, number>> = {
  'commonly-abused': 0,
  'built-in': 1,
  'enterprise-rmm': 2,
  'remote-utility': 3,
};

const normalisePath = (path: string): string => path.replace(/\\/g, '/');

/**
 * Builds a matcher over the catalog. Names from every platform are in one index, compared
 * case-insensitively without `.exe`, so `AnyDesk.exe` is found on Linux and `anydesk` on
 * Windows. A generic name (`agent.exe`) only matches when the process runs from the tool's
 * own install folder; otherwise it stays silent.
 */
export function createMatcher(catalog: Catalog): Matcher {
  const exact = new Map<string, CatalogTool[]>();
  const generic = new Map<string, CatalogTool[]>();
  const wildcards: { regex: RegExp; tool: CatalogTool; installer: boolean }[] = [];
  const add = (map: Map<string, CatalogTool[]>, key: string, tool: CatalogTool): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(tool)) map.set(key, [...list, tool]);
  };

  for (const tool of catalog.tools) {
    const genericStems = new Set(tool.genericNames.map(stemOf));
    for (const name of Object.values(tool.processNames).flat()) {
      const stem = stemOf(name);
      add(genericStems.has(stem) ? generic : exact, stem, tool);
    }
    for (const pattern of tool.patterns)
      wildcards.push({ regex: wildcard(stemOf(pattern)), tool, installer: false });
    for (const pattern of tool.installers) {
      if (pattern.includes('*')) wildcards.push({ regex: wildcard(stemOf(pattern)), tool, installer: true });
      else if (!genericStems.has(stemOf(pattern))) add(exact, stemOf(pattern), tool);
    }
  }
  // A download that is also the program's own name (AnyDesk.exe runs without installing) says
  // nothing about a download unless its name says so (TeamViewerQS.exe, …_setup.exe).
  const installerLike = /setup|install|download|qs$/;
  const installerStems = new Map<CatalogTool, Set<string>>(
    catalog.tools.map((t) => {
      const own = new Set(Object.values(t.processNames).flat().map(stemOf));
      const stems = t.installers.filter((p) => !p.includes('*')).map(stemOf);
      return [t, new Set(stems.filter((s) => !own.has(s) || installerLike.test(s)))];
    }),
  );
  const bundles = new Map<string, CatalogTool[]>();
  for (const tool of catalog.tools)
    for (const app of tool.macosAppBundles) add(bundles, app.toLowerCase(), tool);
  const best = (tools: readonly CatalogTool[]): CatalogTool | undefined =>
    [...tools].sort((a, b) => priority[a.abuse] - priority[b.abuse])[0];

  return (process) => {
    const stem = stemOf(process.name);
    const exactTool = best(exact.get(stem) ?? []);
    if (exactTool) {
      const installer = installerStems.get(exactTool)?.has(stem) ?? false;
      return { tool: exactTool, processName: process.name, via: installer ? 'installer' : 'name', installer };
    }
    const hits = wildcards.filter((w) => w.regex.test(stem));
    const wildTool = best(hits.map((h) => h.tool));
    if (wildTool) {
      const installer = hits.some((h) => h.tool === wildTool && h.installer);
      return {
        tool: wildTool,
        processName: process.name,
        via: installer ? 'installer' : 'pattern',
        installer,
      };
    }
    // macOS: every executable of an app lives in `<Name>.app/Contents/…`.
    const app = process.path
      ? /\/([^/]+\.app)\/Contents\//i.exec(process.path)?.[1]?.toLowerCase()
      : undefined;
    const appTool = app ? best(bundles.get(app) ?? []) : undefined;
    if (appTool) return { tool: appTool, processName: process.name, via: 'app-bundle', installer: false };
    const candidates = generic.get(stem);
    if (candidates && process.path) {
      const path = normalisePath(process.path);
      const confirmed = candidates.find((tool) =>
        tool.installPaths.some((p) => {
          const folder = normalisePath(p);
          // Install paths are folders (`C:\Program Files\Tool\*`) or files; both must hold the executable.
          return wildcard(
            folder.endsWith('*') || folder.endsWith('/') ? `${folder.replace(/\/?\*?$/, '')}/*` : folder,
          ).test(path);
        }),
      );
      if (confirmed)
        return { tool: confirmed, processName: process.name, via: 'generic-with-path', installer: false };
    }
    return null;
  };
}
