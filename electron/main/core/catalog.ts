import type { Catalog } from '../../../shared/catalog/catalog-types';
import catalogJson from '../../../resources/catalog/remote-tools.json';

/** The shipped remote-access tool catalog, built by scripts/build-catalog.ts. */
// JSON imports widen string unions (`abuse`) to string; the build script writes the exact shape.
export const remoteToolCatalog: Catalog = catalogJson as unknown as Catalog;

/** The name a person knows a catalog tool by ("AnyDesk"), or its id when the catalog has no such tool. */
export const catalogToolName = (id: string): string =>
  remoteToolCatalog.tools.find((tool) => tool.id === id)?.name ?? id;
