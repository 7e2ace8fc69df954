/**
 * Folds text for matching: compatibility forms (full-width letters, ligatures) become plain
 * letters, accents are dropped, case is lowered, and the curly quotes and dashes scam pages copy
 * from word processors become plain ones. Digits are never changed, so phone numbers found in
 * the folded text are the ones on the screen.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ');
}
