/**
 * `npm run corpus:check`: checks the corpus (tests/fixtures/scam-text/) and prints its counts
 * per track, language, label, genre and source type, the figures the READMEs give. The same
 * checks run in tests/unit/scripts/eval/check-corpus.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignSplits } from './corpus-split';
import { corpusDir, loadCorpus, type CorpusItem } from './scam-corpus';

/** What the corpus must hold (issue #15). */
export const corpusTargets = {
  items: 1500,
  scam: 600,
  benign: 900,
  scamPerLanguage: { en: 150, es: 150, de: 150, fr: 30, it: 30, pt: 30 },
} as const;

/** Genres only harmless texts can have: advice about scams, security help, everyday pages. */
const benignOnlyGenres = new Set(['about-scams', 'security-help', 'everyday']);

const normalized = (item: CorpusItem): string =>
  `${item.title ?? ''} ${item.text}`.toLowerCase().replace(/\s+/g, ' ').trim();

function tally(items: readonly CorpusItem[], key: (i: CorpusItem) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

export interface CorpusReport {
  readonly errors: readonly string[];
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export function checkCorpus(items: readonly CorpusItem[], sourcesText: string): CorpusReport {
  const errors: string[] = [];
  const byId = new Map<string, CorpusItem>();
  for (const item of items) {
    if (byId.has(item.id)) errors.push(`${item.id}: duplicate id`);
    byId.set(item.id, item);
  }
  const texts = new Map<string, string>();
  for (const item of items) {
    const seen = texts.get(normalized(item));
    if (seen !== undefined) errors.push(`${item.id}: same text as ${seen}`);
    else texts.set(normalized(item), item.id);
    if (/\bNC\b|non-?commercial/i.test(item.licence)) errors.push(`${item.id}: non-commercial licence`);
    // A file of a repository is written `github.com/owner/name : path @ commit`; SOURCES.md lists
    // the files under their repository.
    if (!item.source.split(' : ').every((part) => sourcesText.includes(part)))
      errors.push(`${item.id}: source missing from SOURCES.md`);
    if ((item.sourceType === 'derived') !== (item.derivedFrom !== undefined))
      errors.push(`${item.id}: a derived item, and only one, names what it was made from`);
    if (item.derivedFrom === undefined) continue;
    const original = byId.get(item.derivedFrom) ?? items.find((i) => i.id === item.derivedFrom);
    if (!original) errors.push(`${item.id}: derivedFrom ${item.derivedFrom} does not exist`);
    else if (original.group !== item.group || original.label !== item.label || original.track !== item.track)
      errors.push(`${item.id}: not in the group, label and track of ${original.id}`);
  }
  const splits = assignSplits(items);
  for (const item of items)
    if (splits.get(item.id) !== item.split) errors.push(`${item.id}: split should be ${splits.get(item.id)}`);

  const scam = items.filter((i) => i.label === 'scam');
  if (items.length < corpusTargets.items)
    errors.push(`${items.length} items, fewer than ${corpusTargets.items}`);
  if (scam.length < corpusTargets.scam)
    errors.push(`${scam.length} scam items, fewer than ${corpusTargets.scam}`);
  const benign = items.length - scam.length;
  if (benign < corpusTargets.benign)
    errors.push(`${benign} harmless items, fewer than ${corpusTargets.benign}`);
  for (const [language, floor] of Object.entries(corpusTargets.scamPerLanguage)) {
    const n = scam.filter((i) => i.language === language).length;
    if (n < floor) errors.push(`${n} ${language} scam items, fewer than ${floor}`);
  }
  const strata = new Set(items.map((i) => `${i.track}/${i.label}/${i.language}`));
  for (const s of strata)
    if (!items.some((i) => i.split === 'test' && `${i.track}/${i.label}/${i.language}` === s))
      errors.push(`${s}: no item in the test split`);
  for (const genre of new Set(items.map((i) => `${i.track}/${i.genre}`))) {
    if (benignOnlyGenres.has(genre.split('/')[1] ?? '')) continue;
    for (const label of ['scam', 'benign'])
      if (!items.some((i) => `${i.track}/${i.genre}` === genre && i.label === label))
        errors.push(`${genre}: no ${label} item`);
  }

  return {
    errors,
    counts: {
      trackLanguageLabel: tally(items, (i) => `${i.track}/${i.language}/${i.label}`),
      trackLabelSplit: tally(items, (i) => `${i.track}/${i.label}/${i.split}`),
      trackGenreLabel: tally(items, (i) => `${i.track}/${i.genre}/${i.label}`),
      sourceTypeLabel: tally(items, (i) => `${i.sourceType}/${i.label}`),
      trackKind: tally(items, (i) => `${i.track}/${i.kind}`),
      language: tally(scam, (i) => `scam/${i.language}`),
    },
  };
}

export const readSources = (): string => readFileSync(join(corpusDir, 'SOURCES.md'), 'utf8');

if (process.argv[1]?.endsWith('check-corpus.ts')) {
  const report = checkCorpus(loadCorpus(), readSources());
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = report.errors.length === 0 ? 0 : 1;
}
