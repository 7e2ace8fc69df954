/**
 * Parsing what `xprop` and `xwininfo` print. Pure, so it is tested without an X server.
 * Formats: xprop(1) https://www.x.org/releases/current/doc/man/man1/xprop.1.xhtml and
 * xwininfo(1) https://www.x.org/releases/current/doc/man/man1/xwininfo.1.xhtml
 */

export type XPropertyValue =
  | { readonly kind: 'missing' }
  | { readonly kind: 'strings'; readonly values: readonly string[] }
  | { readonly kind: 'numbers'; readonly values: readonly number[] }
  | { readonly kind: 'atoms'; readonly values: readonly string[] };

/** Undoes xprop's string quoting: `\"`, `\\`, `\n` and octal bytes (`\303\251` is "é" in UTF-8). */
export function unquote(quoted: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < quoted.length; i += 1) {
    const c = quoted.charAt(i);
    if (c !== '\\') {
      bytes.push(...encoder.encode(c));
      continue;
    }
    const next = quoted[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(quoted.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(...encoder.encode(next === 'n' ? '\n' : next === 't' ? '\t' : next));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The quoted strings of `WM_CLASS(STRING) = "chromium", "Chromium"`. */
function quotedStrings(text: string): string[] {
  const out: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) out.push(unquote(match[1] ?? ''));
  return out;
}

/**
 * One line of `xprop` output: `NAME(TYPE) = value`, `NAME(TYPE): window id # 0x…`,
 * or `NAME:  not found.`. Returns null for lines that are not a property.
 */
export function parsePropertyLine(line: string): { name: string; value: XPropertyValue } | null {
  const missing = /^([A-Z_][A-Z0-9_]*):\s+not found\.?$/.exec(line);
  if (missing?.[1]) return { name: missing[1], value: { kind: 'missing' } };
  const match = /^([A-Z_][A-Z0-9_]*)\(([A-Z0-9_]+)\)(?:\s*=\s*|:\s*)(.*)$/.exec(line);
  if (!match?.[1] || !match[2]) return null;
  const [, name, type, rest = ''] = match;
  if (type === 'STRING' || type === 'UTF8_STRING' || type === 'COMPOUND_TEXT') {
    return { name, value: { kind: 'strings', values: quotedStrings(rest) } };
  }
  if (type === 'ATOM') {
    return {
      name,
      value: {
        kind: 'atoms',
        values: rest
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      },
    };
  }
  // CARDINAL, WINDOW ("window id # 0x1, 0x2"), …: every number on the line, hex or decimal.
  const numbers = (rest.replace(/window id #/g, '').match(/0x[0-9a-f]+|\d+/gi) ?? []).map((n) => Number(n));
  return { name, value: { kind: 'numbers', values: numbers } };
}

/** The position and size in `xwininfo -id W` output (absolute, so frames do not matter). */
export function parseXwininfo(text: string): { x: number; y: number; width: number; height: number } | null {
  const field = (label: string): number | null => {
    const match = new RegExp(`${label}:\\s*(-?\\d+)`).exec(text);
    return match?.[1] !== undefined ? Number(match[1]) : null;
  };
  const x = field('Absolute upper-left X');
  const y = field('Absolute upper-left Y');
  const width = field('Width');
  const height = field('Height');
  return x === null || y === null || width === null || height === null ? null : { x, y, width, height };
}

/** `0x400003` → the same spelling xprop uses for `-id`. */
export function windowIdText(id: number): string {
  return `0x${id.toString(16)}`;
}
