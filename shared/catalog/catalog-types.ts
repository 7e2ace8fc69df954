/**
 * The shipped remote-access tool catalog (resources/catalog/remote-tools.json), derived by
 * scripts/build-catalog.ts from public detection data; see resources/NOTICE.md.
 */
export type Platform = 'windows' | 'macos' | 'linux';

/**
 * How much a tool matters on a senior's computer:
 * - `commonly-abused`: a favourite of tech-support scammers (warn at once);
 * - `built-in`: a remote-help feature of the OS itself (Quick Assist, Remote Desktop): warn, never end it silently;
 * - `enterprise-rmm`: other remote-control and management tools (warn: rare on a home computer);
 * - `remote-utility`: tools that reach the computer from far away without taking over the screen
 *   (file sync, SSH, tunnels, inventory agents, screen readers): logged as a notice only.
 */
export type AbuseClass = 'commonly-abused' | 'built-in' | 'enterprise-rmm' | 'remote-utility';

export interface CatalogTool {
  readonly id: string;
  readonly name: string;
  readonly vendor: string | null;
  readonly website: string | null;
  readonly abuse: AbuseClass;
  readonly processNames: Readonly<Record<Platform, readonly string[]>>;
  /** Wildcard names such as `teamviewer*.exe`. */
  readonly patterns: readonly string[];
  /** Download / installer names (`AnyDesk*.exe`, `TeamViewerQS*.exe`): starting one is the moment to interrupt. */
  readonly installers: readonly string[];
  /** Names that are too common to trust alone (`agent.exe`): they need a matching install path. */
  readonly genericNames: readonly string[];
  /** Install folders, with `*` wildcards, used as the second signal for generic names. */
  readonly installPaths: readonly string[];
  readonly peCompanyNames: readonly string[];
  readonly peProductNames: readonly string[];
  readonly codeSigners: readonly string[];
  readonly macosBundleIds: readonly string[];
  /** App bundles (`AnyDesk.app`): any process running from inside one belongs to the tool. */
  readonly macosAppBundles: readonly string[];
  /** Where each name added beyond the upstream data comes from: `platform:name` → URL. */
  readonly nameSources: Readonly<Record<string, string>>;
  /** Upstream catalog entries merged into this one. */
  readonly mergedFrom: readonly string[];
  readonly sources: readonly { readonly ref: string; readonly license: string }[];
}

export interface Catalog {
  readonly version: number;
  readonly generatedFrom: string;
  readonly tools: readonly CatalogTool[];
}
