import { bestTool, type NameHit } from './best-tool';
import type { Catalog, CatalogTool } from './catalog-types';
import { foldLookAlikes } from './name-forms';
import { wildcard, type FileDetails } from './process-info';

/** Folded, single-spaced, without trailing punctuation: `AnyDesk Software GmbH.` → `anydesk software gmbh`. */
const folded = (text: string): string =>
  foldLookAlikes(text)
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;]+$/, '')
    .trim();

/**
 * A renamed copy still says what it is: the version resource of AnyDesk copied as
 * `notepad2.exe` names "AnyDesk Software GmbH", "AnyDesk" and `AnyDesk.exe`. This matches those
 * strings against the catalog's `peCompanyNames` and `peProductNames` and its process names:
 * - OriginalFilename: like a process name (exact, wildcard, a copy's form; never a generic name);
 * - CompanyName: the catalog's company, alone or followed by more words (`TeamViewer` matches
 *   `TeamViewer Germany GmbH`);
 * - ProductName and FileDescription: the catalog's product names, with their wildcards.
 * Company and product names that everyday programs share (a vendor that also makes a backup
 * tool, say) are left out of the catalog by its builder (scripts/catalog/file-details.ts).
 */
export function matchFileDetails(
  catalog: Catalog,
  nameHit: (name: string) => NameHit | null,
): (file: FileDetails) => CatalogTool | null {
  const companies = catalog.tools.flatMap((tool) =>
    tool.peCompanyNames.map((name) => ({ key: folded(name), tool })),
  );
  const products = catalog.tools.flatMap((tool) =>
    tool.peProductNames.map((name) => ({ regex: wildcard(folded(name)), tool })),
  );
  const companyMatches = (company: string, key: string): boolean =>
    key.length > 0 &&
    (company === key || (company.startsWith(key) && /^[\s,.(]/.test(company.slice(key.length))));

  return (file) => {
    const found: CatalogTool[] = [];
    if (file.originalFilename) {
      const hit = nameHit(file.originalFilename);
      if (hit) found.push(hit.tool);
    }
    if (file.companyName) {
      const company = folded(file.companyName);
      for (const c of companies) if (companyMatches(company, c.key)) found.push(c.tool);
    }
    for (const text of [file.productName, file.fileDescription]) {
      if (!text) continue;
      const value = folded(text);
      for (const p of products) if (p.regex.test(value)) found.push(p.tool);
    }
    return bestTool(found) ?? null;
  };
}
