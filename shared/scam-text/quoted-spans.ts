/**
 * Where a text quotes something. Advice pages and news quote the fake warning they warn about
 * ("a pop-up says “Your computer is blocked”"); the fake warning itself speaks plainly. Works on
 * folded text, where every kind of double quote is already `"` (see `foldText`).
 */
export type Span = readonly [start: number, end: number];

/** Quotes longer than this are more likely a stray quote mark than a quotation. */
const maxQuoteChars = 600;

export function quotedSpans(folded: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = folded.indexOf('"'); i !== -1; i = folded.indexOf('"', i + 1)) {
    if (open === -1) {
      open = i;
    } else {
      if (i - open <= maxQuoteChars) spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

export function isQuoted(index: number, spans: readonly Span[]): boolean {
  for (const [start, end] of spans) {
    if (index > start && index < end) return true;
    if (start > index) return false;
  }
  return false;
}
