/**
 * Finds the names scam pages borrow to look real: Microsoft and Windows, security products,
 * Apple, Amazon, PayPal and banks in the six countries Hold On serves. Works on folded text
 * (see `foldText`) or on plain text of any case.
 */
import { foldText } from './fold-text';

export type BrandKind = 'tech' | 'security' | 'shop' | 'payment' | 'bank';

export interface BrandMatch {
  /** The name as people know it ("Microsoft", "Windows Defender"). */
  readonly brand: string;
  readonly kind: BrandKind;
  readonly index: number;
  /**
   * The name of a product ("iPhone", "Chrome"), not of the company. An Amazon order of an iPhone
   * is a message from Amazon: the company a text speaks for is named, not only its products.
   */
  readonly product: boolean;
}

interface Brand {
  readonly brand: string;
  readonly kind: BrandKind;
  readonly pattern: string;
}

// Longer names first so "Windows Defender" wins over "Windows".
const brands: readonly Brand[] = [
  { brand: 'Windows Defender', kind: 'security', pattern: '(?:windows|microsoft)[ -]?defender' },
  {
    brand: 'Windows Security',
    kind: 'security',
    pattern: 'windows[ -]?(?:security|sicherheit|seguridad|securite)',
  },
  { brand: 'Microsoft', kind: 'tech', pattern: 'micro ?soft|msft' },
  { brand: 'Windows', kind: 'tech', pattern: 'windows' },
  { brand: 'Defender', kind: 'security', pattern: 'defender' },
  { brand: 'Apple', kind: 'tech', pattern: 'apple|icloud|mac ?os|macbook|iphone' },
  { brand: 'Amazon', kind: 'shop', pattern: 'amazon' },
  { brand: 'McAfee', kind: 'security', pattern: 'mc ?afee' },
  { brand: 'Norton', kind: 'security', pattern: 'norton' },
  { brand: 'Avast', kind: 'security', pattern: 'avast' },
  { brand: 'AVG', kind: 'security', pattern: 'avg' },
  { brand: 'Kaspersky', kind: 'security', pattern: 'kaspersky' },
  { brand: 'Malwarebytes', kind: 'security', pattern: 'malwarebytes' },
  { brand: 'Geek Squad', kind: 'security', pattern: 'geek ?squad' },
  { brand: 'Google', kind: 'tech', pattern: 'google|chrome' },
  { brand: 'Facebook', kind: 'tech', pattern: 'facebook|meta' },
  { brand: 'Netflix', kind: 'shop', pattern: 'netflix' },
  // The products tech-support spam sells "support phone numbers" for ("QuickBooks support
  // number", "HP printer customer support phone number", "Outlook support phone number").
  { brand: 'QuickBooks', kind: 'tech', pattern: 'quick ?books|intuit' },
  { brand: 'HP', kind: 'tech', pattern: 'hp|hewlett[ -]packard' },
  { brand: 'Dell', kind: 'tech', pattern: "dell(?!')" },
  { brand: 'Epson', kind: 'tech', pattern: 'epson' },
  { brand: 'Canon', kind: 'tech', pattern: 'canon (?:printer|drucker|impresora|pixma)' },
  {
    brand: 'Outlook',
    kind: 'tech',
    pattern:
      'outlook(?:\\.com)?(?= (?:account|support|email|e-mail|mail|issues?|problems?|login|help|customer|tech|phone|password|konto|cuenta|compte)\\b)|microsoft outlook',
  },
  { brand: 'Yahoo', kind: 'tech', pattern: 'yahoo' },
  { brand: 'AOL', kind: 'tech', pattern: 'aol' },
  { brand: 'Coinbase', kind: 'payment', pattern: 'coinbase' },
  { brand: 'Cash App', kind: 'payment', pattern: 'cash ?app' },
  { brand: 'PayPal', kind: 'payment', pattern: 'pay ?pal' },
  { brand: 'Visa', kind: 'payment', pattern: 'visa' },
  { brand: 'Mastercard', kind: 'payment', pattern: 'master ?card' },
  {
    brand: 'your bank',
    kind: 'bank',
    pattern:
      'bank of america|wells fargo|chase bank|citibank|capital one|barclays|hsbc|lloyds|natwest|halifax|santander|' +
      'nationwide|commonwealth bank|westpac|anz bank|nab bank|royal bank of canada|rbc|td bank|scotiabank|bmo|' +
      'sparkasse|volksbank|raiffeisenbank|deutsche bank|commerzbank|postbank|ing-diba|bbva|caixabank|la caixa|' +
      'bankinter|banco sabadell|banco santander|unicaja|credit agricole|bnp paribas|societe generale',
  },
];

/** Product names among the patterns above (folded). */
const productNames = /^(?:iphone|macbook|mac ?os|chrome)$/;

/** Every brand name, one capturing group per brand. */
export const brandPattern = new RegExp(`\\b(?:${brands.map((b) => `(${b.pattern})`).join('|')})\\b`, 'g');

/** Every brand name in `text`, in order (the same name may appear several times). */
export function findBrands(text: string): BrandMatch[] {
  return findBrandsInFolded(foldText(text));
}

/** The same, for text already passed through `foldText` (saves folding twice). */
export function findBrandsInFolded(folded: string): BrandMatch[] {
  const found: BrandMatch[] = [];
  for (const m of folded.matchAll(brandPattern)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const brand = brands[group];
    if (brand)
      found.push({ brand: brand.brand, kind: brand.kind, index: m.index, product: productNames.test(m[0]) });
  }
  return found;
}

/**
 * The companies a text speaks for: the brands named most often by their own name (products do not
 * count; several on a tie); a product's company when only products are named.
 */
export function mainBrands(found: readonly BrandMatch[]): ReadonlySet<string> {
  const named = found.filter((b) => !b.product);
  const pool = named.length > 0 ? named : found;
  const counts = new Map<string, number>();
  for (const b of pool) counts.set(b.brand, (counts.get(b.brand) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return new Set([...counts].filter(([, n]) => n === most).map(([brand]) => brand));
}
