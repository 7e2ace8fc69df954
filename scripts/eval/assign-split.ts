/**
 * `npm run corpus:split`: writes the `split` of every corpus item (corpus-split.ts decides it)
 * and prints how many units and items each side has. Run it after adding or removing items;
 * check-corpus.ts fails when a stored split differs from the computed one.
 */
import { writeFileSync } from 'node:fs';
import { assignSplits, splitUnits } from './corpus-split';
import { corpusFiles, loadCorpus, tracks } from './scam-corpus';

const corpus = loadCorpus();
const splits = assignSplits(corpus);
for (const track of tracks) {
  const lines = corpus
    .filter((i) => i.track === track)
    .map((item) => JSON.stringify({ ...item, split: splits.get(item.id) ?? 'dev' }));
  writeFileSync(corpusFiles[track], `${lines.join('\n')}\n`);
}

const unitOf = splitUnits(corpus);
const units = new Set(corpus.map((i) => unitOf.get(i.group)));
const testUnits = new Set(corpus.filter((i) => splits.get(i.id) === 'test').map((i) => unitOf.get(i.group)));
const groups = new Set(corpus.map((i) => i.group));
const testGroups = new Set(corpus.filter((i) => splits.get(i.id) === 'test').map((i) => i.group));
const counts: Record<string, number> = {};
for (const item of corpus) {
  const key = `${item.track}/${item.label}/${item.language}/${splits.get(item.id)}`;
  counts[key] = (counts[key] ?? 0) + 1;
}
console.log(
  JSON.stringify(
    {
      units: units.size,
      testUnits: testUnits.size,
      groups: groups.size,
      testGroups: testGroups.size,
      testGroupShare: Math.round((testGroups.size / groups.size) * 1000) / 1000,
      items: corpus.length,
      testItems: corpus.filter((i) => splits.get(i.id) === 'test').length,
      counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))),
    },
    null,
    2,
  ),
);
