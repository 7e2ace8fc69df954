import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** One labeled text of tests/fixtures/scam-text/corpus.jsonl (see the README beside it). */
export const corpusItemSchema = z
  .object({
    id: z.string().min(1),
    label: z.enum(['scam', 'benign']),
    language: z.enum(['en', 'es', 'de', 'fr']),
    kind: z.enum(['title', 'page', 'ocr']),
    split: z.enum(['dev', 'test']),
    title: z.string().optional(),
    text: z.string(),
    source: z.string().min(1),
    derivedFrom: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export type CorpusItem = z.infer<typeof corpusItemSchema>;

export const corpusPath = join(__dirname, '../../tests/fixtures/scam-text/corpus.jsonl');

/** Reads and checks the corpus; a bad line throws with its line number. */
export function loadCorpus(path = corpusPath): CorpusItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = corpusItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`corpus line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
