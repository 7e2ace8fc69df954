/**
 * The forms a program's name takes when people and browsers copy it: `AnyDesk (1).exe` (a
 * second download), `AnyDesk - Copy.exe` (Explorer's copy; `- Kopie`, `- copia` in German and
 * Spanish Windows), `Copy of AnyDesk.exe` (older Windows), `AnyDesk_setup.exe`,
 * `AnyDesk_7.1.exe`, and names written with look-alike letters (a Cyrillic `А` for a Latin `A`).
 * Pure functions: the matcher folds both the catalog's names and the process's name the same way.
 */

/**
 * Letters that look like Latin ones, folded to them. Taken from the Unicode confusables data
 * (https://www.unicode.org/Public/security/latest/confusables.txt, Unicode TR39): the Cyrillic
 * and Greek lower-case letters that are drawn like a Latin letter in common Windows fonts.
 * Upper case is folded to lower case first, so `А` (U+0410) ends as `a`.
 */
const lookAlikes: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  ԁ: 'd',
  е: 'e',
  ё: 'e',
  һ: 'h',
  н: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  ц: 'u',
  ѵ: 'v',
  ԝ: 'w',
  х: 'x',
  у: 'y',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Latin letters from other blocks
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ℓ: 'l',
};

/** Characters that draw nothing (zero-width space, joiners, the byte-order mark, soft hyphen). */
const invisible = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

/**
 * Lower case, look-alike letters folded to Latin ones, accents and invisible characters
 * removed, full-width letters made ordinary (NFKC): `ÁnyDеsk` (with a Cyrillic `е`) → `anydesk`.
 */
export function foldLookAlikes(text: string): string {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(invisible, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let out = '';
  for (const char of plain) out += lookAlikes[char] ?? char;
  return out;
}

/** What a copy's name says beyond the program's own name. */
export interface NameForm {
  /** The program's own name, without the copy's additions (already folded). */
  readonly stem: string;
  /** The name said it is a setup or installer (`_setup`, `-installer`). */
  readonly installer: boolean;
}

const copyMarks: readonly RegExp[] = [
  // `AnyDesk (1)`, `AnyDesk(2)`: the browser's second and later downloads.
  /\s*\(\d{1,3}\)$/,
  // `AnyDesk - Copy`, `AnyDesk - Copy (2)` and the German and Spanish Explorer's words.
  /\s+-\s+(copy|kopie|copia)$/,
  // A version: `_7.1`, `-1.4.1`, ` 9.0.5`, `_v2`, `.8`.
  /[\s_.-]+v?\d+(?:[._]\d+)*$/,
];
const copyPrefixes = /^(copy of|kopie von|copia de)\s+/;
const setupMarks = /[\s_.-]+(setup|installer|install)$/;

/**
 * The program's own name inside a copy's name, or null when the name carries no copy mark.
 * Marks are taken off the end one by one (`AnyDesk_setup_7.1 (1)` → `anydesk`, an installer).
 * A stem shorter than three letters is never returned: it would name nothing in particular.
 */
export function copyForm(stem: string): NameForm | null {
  let rest = stem.replace(copyPrefixes, '');
  let installer = false;
  for (let round = 0; round < 8; round += 1) {
    const before = rest;
    for (const mark of copyMarks) rest = rest.replace(mark, '');
    if (setupMarks.test(rest)) {
      rest = rest.replace(setupMarks, '');
      installer = true;
    }
    if (rest === before) break;
  }
  rest = rest.trim();
  if (rest === stem || rest.length < 3) return null;
  return { stem: rest, installer };
}

/**
 * The name without separators (`ammyy_admin` → `ammyyadmin`), so `AmmyyAdmin.exe` is
 * `AMMYY_Admin.exe`; null for names shorter than six letters, which would say too little.
 */
export function joined(stem: string): string | null {
  const squeezed = stem.replace(/[\s_.-]+/g, '');
  return squeezed.length >= 6 ? squeezed : null;
}
