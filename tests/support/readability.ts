/**
 * Flesch–Kincaid grade level, for checking that what the senior reads is plain:
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * (Kincaid et al., 1975, https://apps.dtic.mil/sti/citations/ADA006655).
 */

/** English syllables by vowel groups, with the usual silent-e and -le corrections. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly grade: number;
}

export function readability(texts: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllableCount = 0;
  for (const text of texts) {
    // Placeholders stand for a name or a number: one short word each.
    const plain = text.replace(/{{\s*\w+\s*}}/g, 'Ann');
    // Each catalog string is at least one sentence, even without a full stop (a button label).
    sentences += Math.max(1, (plain.match(/[.!?]+(\s|$)/g) ?? []).length);
    for (const word of plain.split(/\s+/).filter((w) => /[A-Za-z]/.test(w))) {
      words += 1;
      syllableCount += syllables(word);
    }
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
  return { words, sentences, syllables: syllableCount, grade };
}
