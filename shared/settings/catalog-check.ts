import type { Catalog } from '../catalog/catalog-types';
import type { Settings } from './settings-schema';
import type { SettingsProblem } from './settings-validation';

/** Allowed tools must name tools Hold On knows, so a typo never allows nothing (or the wrong thing). */
export function checkAgainstCatalog(settings: Settings, catalog: Catalog): SettingsProblem[] {
  const known = new Set(catalog.tools.map((t) => t.id));
  return (settings.allowedTools ?? []).flatMap((entry, i) =>
    known.has(entry.toolId)
      ? []
      : [
          {
            field: `allowedTools[${i}].toolId`,
            code: 'unknown-tool' as const,
            message: `field "allowedTools[${i}].toolId": unknown tool "${entry.toolId}" (\`holdon tools\` lists the ids)`,
          },
        ],
  );
}
