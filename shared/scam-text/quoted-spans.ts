/**
 * Where a text quotes something. Advice pages and news quote the fake warning they warn about
 * ("a pop-up says “Your computer is blocked”"); the fake warning itself speaks plainly. Works on
 * folded text, where every kind of double quote is already `"` (see `foldText`).
 */
export type Span = readonly [start: number, end: number];

/** Quotes longer than this are more likely a stray quote mark than a quotation. */
const maxQuoteChars = 600;

/**
 * The browser's sign-in dialog shows the site's own words (the "realm") in quotation marks:
 * Firefox's "The site says: “…”" and its translations. A fake warning uses that box as a loop,
 * so what follows these words is the page speaking, not someone quoting it.
 */
const realmLeadIn =
  /(?:the site says|le site indique|el sitio dice|die (?:web)?seite meldet|die website meldet|il sito riporta|o site diz)\s*:\s*$/;

export function quotedSpans(folded: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = folded.indexOf('"'); i !== -1; i = folded.indexOf('"', i + 1)) {
    if (open === -1) {
      open = i;
    } else if (i === open + 1) {
      // A doubled opening mark ("““Security warning …”") opens one quotation.
      open = i;
    } else {
      const realm = realmLeadIn.test(folded.slice(Math.max(0, open - 40), open));
      if (i - open <= maxQuoteChars && !realm) spans.push([open, i]);
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
