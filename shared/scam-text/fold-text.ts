/**
 * Folds text for matching: compatibility forms (full-width letters, ligatures) become plain
 * letters, accents are dropped, case is lowered, and the curly quotes and dashes scam pages copy
 * from word processors become plain ones. Digits are never changed, so phone numbers found in
 * the folded text are the ones on the screen. A line that wraps (OCR, narrow columns) is joined up
 * again.
 *
 * Speed matters (every window title, every OCR pass): plain ASCII returns at once, Latin letters
 * with accents go through a table built once, and only other scripts pay for full Unicode
 * normalization.
 */
const latin = /[\u00c0-\u024f]/g;
const punctuation =
  /[\u2018\u2019\u02bc`\u00b4\u201c-\u201f\u00ab\u00bb\u2010-\u2015\u2212\u00a0\u2000-\u200b\u202f]/g;
const stillSpecial = /[^ -~\n\r\t\u00a1\u00bf]/;

const latinTable = new Map<string, string>();
for (let code = 0xc0; code <= 0x24f; code += 1) {
  const ch = String.fromCharCode(code);
  latinTable.set(ch, ch === '\u00df' ? 'ss' : ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
}

function punctuationFor(ch: string): string {
  if ('\u2018\u2019\u02bc`\u00b4'.includes(ch)) return "'";
  if ('\u201c\u201d\u201e\u201f\u00ab\u00bb'.includes(ch)) return '"';
  if ((ch >= '\u2010' && ch <= '\u2015') || ch === '\u2212') return '-';
  return ' ';
}

/** A line break before a lower-case letter is a wrapped line (OCR, narrow columns), not a new line. */
const wrappedLine = /[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;

export function foldText(text: string): string {
  let folded = text
    .replace(wrappedLine, ' ')
    .toLowerCase()
    .replace(latin, (ch) => latinTable.get(ch) ?? ch)
    .replace(punctuation, punctuationFor);
  if (stillSpecial.test(folded)) {
    folded = folded
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(punctuation, punctuationFor);
  }
  return folded;
}
