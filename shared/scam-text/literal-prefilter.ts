/**
 * A quick test of which finder patterns can match a text at all, so that a window title runs the
 * few that can instead of all of them: every pattern's matches contain one of a few literal
 * strings ("blocked", "locked", …), read off the pattern's own source, and one pass of an
 * Aho–Corasick automaton (Aho and Corasick, "Efficient string matching", CACM 18(6), 1975) over
 * the text finds which of those strings occur.
 *
 * The test only ever skips a pattern that cannot match: a pattern whose matches need no literal
 * (or whose syntax is not understood here) always runs.
 */

/** What one piece of a pattern matches, as far as literals go. */
interface Piece {
  /** Every string the piece matches, when they are few (zero-width pieces match ""). */
  readonly exact: readonly string[] | null;
  /** Strings one of which every match contains; null when there are none. */
  readonly required: readonly string[] | null;
}

const mostExact = 64;
const anything: Piece = { exact: null, required: null };
const zeroWidth: Piece = { exact: [''], required: null };

/** Longer strings are cut to this length: a string's start is in every text the string is in. */
const longest = 8;

/** A set of strings as a requirement: none if it holds "", as every text contains "". */
const asRequired = (strings: readonly string[] | null): readonly string[] | null =>
  strings === null || strings.includes('') ? null : [...new Set(strings.map((x) => x.slice(0, longest)))];

const exactly = (strings: readonly string[]): Piece => ({ exact: strings, required: asRequired(strings) });

/** Strings this long are rare enough in a text: longer ones only cost more to look for. */
const rare = 5;

function shortest(strings: readonly string[]): number {
  let n = Infinity;
  for (const s of strings) n = Math.min(n, s.length);
  return n;
}

function size(strings: readonly string[]): number {
  let n = 0;
  for (const s of strings) n += s.length;
  return n;
}

/**
 * The better of two requirements. A text rarely holds a five-letter string by chance, so past five
 * letters a shorter list (fewer characters in all) is better; below, a longer shortest string.
 */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const [shortestA, shortestB] = [Math.min(rare, shortest(a)), Math.min(rare, shortest(b))];
  if (shortestA !== shortestB) return shortestA > shortestB ? a : b;
  return size(a) <= size(b) ? a : b;
}

function crossProduct(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > mostExact) return null;
  return a.flatMap((x) => b.map((y) => x + y));
}

/**
 * Pieces one after another. Every piece's requirement holds for the whole, and so do a word spelt
 * out character by character ("closing") and the strings the pieces make together ("closing
 * this"), while they are few: the best of them is the requirement.
 */
function concatenate(pieces: readonly Piece[]): Piece {
  let product: readonly string[] = [''];
  let allExact = true;
  let word = '';
  let required: readonly string[] | null = null;
  for (const piece of pieces) {
    required = better(required, piece.required);
    if (piece.exact?.length === 1) word += piece.exact[0] ?? '';
    else {
      required = better(required, asRequired([word]));
      word = '';
    }
    // Strings already rare are not made longer: the whole is then no longer known exactly.
    const longer = piece.exact && shortest(product) < rare ? crossProduct(product, piece.exact) : null;
    if (longer !== null) product = longer;
    else {
      required = better(required, asRequired(product));
      product = piece.exact ?? [''];
      allExact = false;
    }
  }
  required = better(better(required, asRequired([word])), asRequired(product));
  return { exact: allExact ? product : null, required };
}

/** One of several options: a requirement only if every option has one. */
function alternate(options: readonly Piece[]): Piece {
  const exact = options.every((o) => o.exact !== null) ? options.flatMap((o) => o.exact ?? []) : null;
  const required = options.some((o) => o.required === null) ? null : options.flatMap((o) => o.required ?? []);
  return {
    exact: exact !== null && exact.length <= mostExact ? exact : null,
    required: asRequired(required),
  };
}

const notUnderstood = new Error('pattern syntax not understood');

/** Characters that stand for themselves, the last one not followed by a quantifier. */
const plainWord = /(?:[^\\()[\]{}|.^$*+?](?![*+?{]))+/y;
/** A quantifier: `*`, `+`, `?` or `{n}`, `{n,}`, `{n,m}`, lazy or not. */
const quantifier = /(?:([*+?])|\{(\d+)(,(\d*))?\})\??/y;
/** The opening of a look-around group, and of a non-capturing or named one. */
const lookaroundOpening = /\?(?:=|!|<=|<!)/y;
const groupOpening = /\?(?::|<[A-Za-z_]\w*>)/y;
/** Escapes that stand for one control character. */
const controlEscapes: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/** A recursive-descent reading of the pattern syntax the finders use (no `u` or `v` flag). */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  whole(): Piece {
    const piece = this.alternation();
    if (this.at !== this.source.length) throw notUnderstood;
    return piece;
  }

  /** A match of a sticky pattern where the reading is, not yet read past. */
  private sticky(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    return pattern.exec(this.source);
  }

  private peek(): string {
    return this.source[this.at] ?? '';
  }

  private alternation(): Piece {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] ?? anything) : alternate(options);
  }

  private sequence(): Piece {
    const pieces: Piece[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      // Plain characters not under a quantifier are read as one word.
      const word = this.sticky(plainWord);
      if (word !== null) {
        this.at += word[0].length;
        pieces.push(exactly([word[0]]));
      } else pieces.push(this.quantified(this.atom()));
    }
    return concatenate(pieces);
  }

  private quantified(piece: Piece): Piece {
    const next = this.peek();
    if (next === '' || !'*+?{'.includes(next)) return piece;
    const m = this.sticky(quantifier);
    if (m === null) return piece;
    this.at += m[0].length;
    const least = m[1] === '+' ? 1 : m[1] !== undefined ? 0 : Number(m[2]);
    const one = m[1] === undefined && m[3] === undefined && least === 1;
    if (m[1] === '?' && piece.exact !== null) return { exact: [...piece.exact, ''], required: null };
    if (one) return piece;
    if (least === 0) return anything;
    return { exact: null, required: piece.required };
  }

  private atom(): Piece {
    const ch = this.peek();
    this.at += 1;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '.') return anything;
    if (ch === '^' || ch === '$') return zeroWidth;
    if ('*+?{}])'.includes(ch)) throw notUnderstood;
    return exactly([ch]);
  }

  private group(): Piece {
    const lookaround = this.sticky(lookaroundOpening);
    const prefix = lookaround ?? this.sticky(groupOpening);
    if (this.peek() === '?' && prefix === null) throw notUnderstood;
    this.at += prefix?.[0].length ?? 0;
    const inner = this.alternation();
    if (this.peek() !== ')') throw notUnderstood;
    this.at += 1;
    return lookaround ? zeroWidth : inner;
  }

  private characterClass(): Piece {
    const end = this.source.indexOf(']', this.at + 1);
    if (end < 0) throw notUnderstood;
    const body = this.source.slice(this.at, end);
    this.at = end + 1;
    // Only a short list of plain characters ("[oa]") is read; ranges, escapes and negation match too much.
    if (body.startsWith('^') || body.includes('-') || body.includes('\\') || body.length > 8) return anything;
    return exactly([...new Set(body)]);
  }

  private escape(): Piece {
    const ch = this.peek();
    this.at += 1;
    if (ch === 'b' || ch === 'B') return zeroWidth;
    if ('wWsSdD'.includes(ch) || /[1-9]/.test(ch)) return anything;
    const hex = ch === 'x' ? 2 : ch === 'u' ? 4 : 0;
    if (hex > 0) {
      const digits = this.source.slice(this.at, this.at + hex);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) throw notUnderstood;
      this.at += hex;
      return exactly([String.fromCharCode(parseInt(digits, 16))]);
    }
    if (/[a-zA-Z0]/.test(ch) && !(ch in controlEscapes)) throw notUnderstood;
    return exactly([controlEscapes[ch] ?? ch]);
  }
}

/**
 * Literal strings one of which every match of the pattern contains, or null when there are none
 * (or the syntax is not understood here).
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  if (pattern.flags.includes('i') || pattern.flags.includes('u') || pattern.flags.includes('v')) return null;
  try {
    return new Reader(pattern.source).whole().required;
  } catch (error) {
    if (error === notUnderstood) return null;
    throw error;
  }
}

/** An Aho–Corasick automaton over the literals of every pattern, as flat arrays. */
interface Automaton {
  /** Patterns that always run: their matches need no literal. */
  readonly always: readonly boolean[];
  /** Each UTF-16 code unit's symbol: 0 for one no literal has. */
  readonly symbols: Uint8Array;
  readonly width: number;
  /** `next[state * width + symbol]`: the state after reading a symbol. */
  readonly next: Int32Array;
  /** The patterns one of whose literals ends where the automaton is. */
  readonly found: readonly (readonly number[])[];
}

function buildAutomaton(patterns: readonly RegExp[]): Automaton {
  const literals = patterns.map(requiredLiterals);
  const symbols = new Uint8Array(0x10000);
  let width = 1;
  let most = 1;
  for (const list of literals)
    for (const literal of list ?? []) {
      most += literal.length;
      for (let i = 0; i < literal.length; i += 1) {
        const code = literal.charCodeAt(i);
        if (symbols[code] !== 0) continue;
        if (width > 255) throw new Error('too many different characters in the literals');
        symbols[code] = width;
        width += 1;
      }
    }
  // The trie of all literals (0 is the root, so no state's child).
  const trie = new Int32Array(most * width);
  const ends: number[][] = [[]];
  literals.forEach((list, id) => {
    for (const literal of list ?? []) {
      let state = 0;
      for (let i = 0; i < literal.length; i += 1) {
        const cell = state * width + (symbols[literal.charCodeAt(i)] ?? 0);
        if (trie[cell] === 0) {
          trie[cell] = ends.length;
          ends.push([]);
        }
        state = trie[cell] ?? 0;
      }
      ends[state]?.push(id);
    }
  });
  // Breadth first, each state's row becomes complete: where its failure link (the longest suffix
  // that is also a state) goes when it has no child. Its patterns include its failure link's.
  const next = trie.slice(0, ends.length * width);
  const fail = new Int32Array(ends.length);
  const queue: number[] = [];
  for (let symbol = 0; symbol < width; symbol += 1)
    if ((next[symbol] ?? 0) !== 0) queue.push(next[symbol] ?? 0);
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] ?? 0;
    const back = fail[state] ?? 0;
    ends[state]?.push(...(ends[back] ?? []));
    for (let symbol = 0; symbol < width; symbol += 1) {
      const child = next[state * width + symbol] ?? 0;
      const viaFail = next[back * width + symbol] ?? 0;
      if (child === 0) next[state * width + symbol] = viaFail;
      else {
        fail[child] = viaFail;
        queue.push(child);
      }
    }
  }
  return { always: literals.map((l) => l === null), symbols, width, next, found: ends };
}

/**
 * Which of a fixed list of patterns can match a text: `scan` reads the text once, then `mayMatch`
 * answers for each pattern. The automaton is built on the first scan (about 4 ms once the code
 * is warm, some 50 ms in a fresh process) and reused for every text; not re-entrant.
 */
export class LiteralPrefilter {
  private automaton: Automaton | undefined;
  private readonly seen: Uint32Array;
  private scanNumber = 0;

  constructor(private readonly patterns: readonly RegExp[]) {
    this.seen = new Uint32Array(patterns.length);
  }

  scan(text: string): void {
    this.automaton ??= buildAutomaton(this.patterns);
    this.scanNumber = (this.scanNumber + 1) >>> 0;
    if (this.scanNumber === 0) {
      this.seen.fill(0);
      this.scanNumber = 1;
    }
    const { next, width, symbols, found } = this.automaton;
    const { seen, scanNumber } = this;
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      state = next[state * width + (symbols[text.charCodeAt(i)] ?? 0)] ?? 0;
      const ids = found[state];
      if (ids !== undefined && ids.length > 0) for (const id of ids) seen[id] = scanNumber;
    }
  }

  /** Whether pattern `id` (its index in the constructor's list) can match the text last scanned. */
  mayMatch(id: number): boolean {
    return (this.automaton?.always[id] ?? true) || this.seen[id] === this.scanNumber;
  }
}
