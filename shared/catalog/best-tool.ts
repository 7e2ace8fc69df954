import type { AbuseClass, CatalogTool } from './catalog-types';

const priority: Readonly<Record<AbuseClass, number>> = {
  'commonly-abused': 0,
  'built-in': 1,
  'enterprise-rmm': 2,
  'remote-utility': 3,
};

/** The most important of several tools that share a name: the one scammers use most. */
export const bestTool = (tools: readonly CatalogTool[]): CatalogTool | undefined =>
  [...tools].sort((a, b) => priority[a.abuse] - priority[b.abuse])[0];

/** What a name alone says: a tool, and whether the name is an installer's. */
export interface NameHit {
  readonly tool: CatalogTool;
  readonly via: 'name' | 'pattern' | 'installer' | 'copy-name';
  readonly installer: boolean;
}
