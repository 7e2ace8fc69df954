/**
 * Builds resources/catalog/remote-tools.json from the upstream remote-access catalog
 * (../shared/data/rmm-catalog.json: LOLRMM, Splunk security_content, jischell-msft lists,
 * Homebrew casks) plus scripts/catalog/platform-additions.json (macOS / Linux names and
 * installer names from vendors' own documentation, each with its source).
 *
 *   npm run catalog [-- --source PATH]
 *
 * It merges near-duplicates, marks generic names (and the names everyday programs share:
 * scripts/catalog/everyday-processes.json), leaves out company and product names everyday
 * programs carry too (scripts/catalog/file-details.ts), classifies each tool (see AbuseClass),
 * and copies the upstream license texts to resources/licenses/.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AbuseClass, Catalog, CatalogTool, Platform } from '../shared/catalog/catalog-types';
import { abuseClassOf, displayNames, isGenericName } from './catalog/classes';
import { readEverydayProcesses, sharedWithEveryday } from './catalog/everyday';
import { withoutBroadNames } from './catalog/file-details';

interface Upstream {
  name: string;
  vendor: string | null;
  website: string | null;
  category: string | null;
  processNames: Record<Platform, string[]>;
  processNamePatterns: Partial<Record<Platform, string[]>>;
  macosBundleIds: string[];
  macosAppBundles: string[];
  installPaths: Partial<Record<Platform, string[]>>;
  codeSigners: string[];
  peCompanyNames: string[];
  peProductNames: string[];
  source: { ref: string; license: string }[];
}

interface Addition {
  tool: string;
  /** A tool the upstream data lacks. */
  create?: { name: string; vendor: string | null; website: string | null; abuse: AbuseClass };
  macosAppBundles?: { name: string; source: string }[];
  macos?: { name: string; source: string }[];
  linux?: { name: string; source: string }[];
  windows?: { name: string; source: string }[];
  windowsInstallers?: { pattern: string; source: string }[];
  /** Wildcard names (`splashtop*.exe`) for a vendor whose executables all carry its name. */
  windowsPatterns?: { pattern: string; source: string }[];
  macosBundleIds?: { id: string; source: string }[];
}

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { source: { type: 'string' } } });
const sourceDir = resolve(values.source ?? join(root, '..', 'shared', 'data'));
const upstream = JSON.parse(readFileSync(join(sourceDir, 'rmm-catalog.json'), 'utf8')) as Upstream[];
const additions = JSON.parse(readFileSync(join(root, 'scripts/catalog/platform-additions.json'), 'utf8')) as {
  tools: Addition[];
};
const everyday = readEverydayProcesses(root);
const fileDetailsLeftOut: string[] = [];
const fileDetails = (names: readonly string[]): string[] => {
  const { kept, dropped } = withoutBroadNames(uniq(names));
  fileDetailsLeftOut.push(...dropped);
  return kept;
};

const platforms: readonly Platform[] = ['windows', 'macos', 'linux'];
const lower = (s: string): string => s.toLowerCase();
const uniq = <T>(items: Iterable<T>, key: (t: T) => string = (t) => String(t)): T[] => {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
};
const normName = (name: string): string =>
  lower(name)
    .replace(/\(.*?\)/g, '')
    .replace(/\b(rmm|microsoft)\b/g, '')
    .replace(/[^a-z0-9]/g, '');

/** The specific (non-generic) process names of an entry, lower-cased. */
const specificNames = (e: Upstream): Set<string> =>
  new Set(
    platforms
      .flatMap((p) => e.processNames[p])
      .map(lower)
      .filter((n) => !isGenericName(n)),
  );

// --- merge near-duplicates (union-find) ------------------------------------------------------
const parent = upstream.map((_, i) => i);
const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
const union = (a: number, b: number): void => {
  parent[find(a)] = find(b);
};
const names = upstream.map(specificNames);
for (let a = 0; a < upstream.length; a += 1) {
  for (let b = a + 1; b < upstream.length; b += 1) {
    const ea = upstream[a] as Upstream;
    const eb = upstream[b] as Upstream;
    const na = names[a] as Set<string>;
    const nb = names[b] as Set<string>;
    const shared = [...na].filter((n) => nb.has(n)).length;
    const [ka, kb] = [normName(ea.name), normName(eb.name)];
    const sameName = ka !== '' && ka === kb;
    const prefixName =
      shared > 0 && ka.length >= 4 && kb.length >= 4 && (ka.startsWith(kb) || kb.startsWith(ka));
    const subset = shared > 0 && (shared === na.size || shared === nb.size);
    if (sameName || prefixName || subset) union(a, b);
  }
}
const groups = new Map<number, Upstream[]>();
upstream.forEach((e, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), e]));

// --- build tools --------------------------------------------------------------------------------
const slug = (name: string): string =>
  lower(name)
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const looksLikeInstaller = (name: string): boolean =>
  /setup|(?<!un)install|download|_qs|qs\.exe$|qs\*|streamer_windows/i.test(name);

const tools: CatalogTool[] = [];
const usedIds = new Set<string>();
for (const members of groups.values()) {
  const chosen = [...members].sort(
    (x, y) => Number(x.name.includes('(')) - Number(y.name.includes('(')) || x.name.length - y.name.length,
  )[0] as Upstream;
  const name = displayNames[chosen.name] ?? chosen.name;
  let id = slug(name);
  while (usedIds.has(id)) id = `${id}-2`;
  usedIds.add(id);
  const processNames = Object.fromEntries(
    platforms.map((p) => [
      p,
      uniq(
        members.flatMap((m) => m.processNames[p]),
        lower,
      ),
    ]),
  ) as Record<Platform, string[]>;
  const patterns = uniq(
    members.flatMap((m) => platforms.flatMap((p) => m.processNamePatterns[p] ?? [])),
    lower,
  );
  const allNames = platforms.flatMap((p) => processNames[p]);
  tools.push({
    id,
    name,
    vendor: members.find((m) => m.vendor)?.vendor ?? null,
    website: members.find((m) => m.website)?.website ?? null,
    abuse: abuseClassOf(
      id,
      chosen.category,
      members.map((m) => m.name),
    ),
    processNames,
    patterns: patterns.filter((p) => !looksLikeInstaller(p)),
    installers: uniq([...patterns, ...allNames].filter(looksLikeInstaller), lower),
    genericNames: uniq(allNames.filter(isGenericName), lower),
    installPaths: uniq(
      members.flatMap((m) => platforms.flatMap((p) => m.installPaths[p] ?? [])),
      lower,
    ),
    peCompanyNames: fileDetails(members.flatMap((m) => m.peCompanyNames)),
    peProductNames: fileDetails(members.flatMap((m) => m.peProductNames)),
    codeSigners: uniq(members.flatMap((m) => m.codeSigners)),
    macosBundleIds: uniq(members.flatMap((m) => m.macosBundleIds)),
    macosAppBundles: uniq(members.flatMap((m) => m.macosAppBundles ?? [])),
    nameSources: {},
    mergedFrom: members.length > 1 ? members.map((m) => m.name).sort() : [],
    sources: uniq(
      members.flatMap((m) => m.source),
      (s) => s.ref,
    ),
  });
}

// --- vendor-documented additions ------------------------------------------------------------
for (const addition of additions.tools) {
  if (!addition.create) continue;
  const id = slug(addition.create.name);
  usedIds.add(id);
  tools.push({
    id,
    ...addition.create,
    processNames: { windows: [], macos: [], linux: [] },
    patterns: [],
    installers: [],
    genericNames: [],
    installPaths: [],
    peCompanyNames: [],
    peProductNames: [],
    codeSigners: [],
    macosBundleIds: [],
    macosAppBundles: [],
    nameSources: {},
    mergedFrom: [],
    sources: [{ ref: 'scripts/catalog/platform-additions.json', license: 'Apache-2.0' }],
  });
}
const byName = new Map(tools.map((t) => [lower(t.name), t]));
const byId = new Map(tools.map((t) => [t.id, t]));
const missing: string[] = [];
for (const addition of additions.tools) {
  const tool = byId.get(addition.tool) ?? byName.get(lower(addition.tool));
  if (!tool) {
    missing.push(addition.tool);
    continue;
  }
  const target = tool as { -readonly [K in keyof CatalogTool]: CatalogTool[K] };
  const names = { ...target.processNames } as Record<Platform, string[]>;
  const sources = { ...target.nameSources } as Record<string, string>;
  for (const platform of platforms) {
    for (const { name, source } of addition[platform] ?? []) {
      if (!names[platform].some((n) => lower(n) === lower(name)))
        names[platform] = [...names[platform], name];
      sources[`${platform}:${name}`] = source;
    }
  }
  for (const { pattern, source } of addition.windowsPatterns ?? []) {
    if (!target.patterns.some((p) => lower(p) === lower(pattern)))
      target.patterns = [...target.patterns, pattern];
    sources[`pattern:${pattern}`] = source;
  }
  for (const { pattern, source } of addition.windowsInstallers ?? []) {
    if (!target.installers.some((p) => lower(p) === lower(pattern)))
      target.installers = [...target.installers, pattern];
    sources[`installer:${pattern}`] = source;
  }
  for (const { name, source } of addition.macosAppBundles ?? []) {
    if (!target.macosAppBundles.includes(name)) target.macosAppBundles = [...target.macosAppBundles, name];
    sources[`app:${name}`] = source;
  }
  for (const { id, source } of addition.macosBundleIds ?? []) {
    if (!target.macosBundleIds.includes(id)) target.macosBundleIds = [...target.macosBundleIds, id];
    sources[`bundle:${id}`] = source;
  }
  target.processNames = names;
  target.nameSources = sources;
}
if (missing.length > 0) throw new Error(`platform-additions.json names unknown tools: ${missing.join(', ')}`);

// Names everyday programs use too become generic: they need the tool's own install folder.
const madeGeneric: string[] = [];
for (const tool of tools) {
  const target = tool as { -readonly [K in keyof CatalogTool]: CatalogTool[K] };
  const shared = sharedWithEveryday(Object.values(tool.processNames).flat(), everyday).filter(
    (name) => !tool.genericNames.some((g) => lower(g) === lower(name)),
  );
  if (shared.length === 0) continue;
  target.genericNames = [...tool.genericNames, ...shared];
  madeGeneric.push(...shared.map((name) => `${tool.id}: ${name}`));
}

tools.sort((a, b) => a.id.localeCompare(b.id));
const catalog: Catalog = {
  version: 1,
  generatedFrom:
    'rmm-catalog.json (LOLRMM, splunk/security_content, jischell-msft, Homebrew casks) + scripts/catalog/platform-additions.json',
  tools,
};
const outDir = join(root, 'resources/catalog');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'remote-tools.json'), `${JSON.stringify(catalog, null, 1)}\n`);

const licenses = join(root, 'resources/licenses');
mkdirSync(licenses, { recursive: true });
for (const file of [
  'LICENSE-LOLRMM-Apache-2.0.txt',
  'LICENSE-splunk-security_content-Apache-2.0.txt',
  'LICENSE-jischell-msft-MIT.txt',
]) {
  copyFileSync(join(sourceDir, file), join(licenses, basename(file)));
}

const count = (abuse: AbuseClass): number => tools.filter((t) => t.abuse === abuse).length;
const perPlatform = Object.fromEntries(
  platforms.map((p) => [p, tools.reduce((n, t) => n + t.processNames[p].length, 0)]),
);
const toolsPerPlatform = Object.fromEntries(
  platforms.map((p) => [p, tools.filter((t) => t.processNames[p].length > 0).length]),
);
process.stdout.write(
  `${JSON.stringify(
    {
      upstreamEntries: upstream.length,
      tools: tools.length,
      merged: tools.filter((t) => t.mergedFrom.length > 0).map((t) => t.mergedFrom.join(' + ')),
      byClass: {
        'commonly-abused': count('commonly-abused'),
        'built-in': count('built-in'),
        'enterprise-rmm': count('enterprise-rmm'),
        'remote-utility': count('remote-utility'),
      },
      processNames: perPlatform,
      toolsWithNames: toolsPerPlatform,
      patterns: tools.reduce((n, t) => n + t.patterns.length, 0),
      installers: tools.reduce((n, t) => n + t.installers.length, 0),
      genericNames: tools.reduce((n, t) => n + t.genericNames.length, 0),
      macosAppBundles: tools.reduce((n, t) => n + t.macosAppBundles.length, 0),
      toolsWithMacosNamesOrBundles: tools.filter(
        (t) => t.processNames.macos.length + t.macosAppBundles.length > 0,
      ).length,
      vendorSourcedNames: tools.reduce((n, t) => n + Object.keys(t.nameSources).length, 0),
      everydayProcesses: everyday.length,
      madeGeneric,
      fileDetailsLeftOut,
    },
    null,
    2,
  )}\n`,
);
