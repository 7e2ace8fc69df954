import { describe, expect, it } from 'vitest';
import { checkCorpus, readSources } from '../../../../scripts/eval/check-corpus';
import { groupedFolds } from '../../../../scripts/eval/corpus-split';
import { loadCorpus } from '../../../../scripts/eval/scam-corpus';

describe('the scam-text corpus', () => {
  const corpus = loadCorpus();

  it('passes every check: schema, unique ids and texts, derived items with their originals, splits, sources, licences and targets', () => {
    expect(checkCorpus(corpus, readSources()).errors).toEqual([]);
  });

  it('catches a moved split, a copied text and a translation outside its original’s group', () => {
    const [first, second] = corpus.filter((i) => i.split === 'dev' && i.derivedFrom === undefined);
    if (!first || !second) throw new Error('the corpus has dev items');
    const broken = [
      ...corpus.filter((i) => i.id !== first.id && i.id !== second.id),
      { ...first, split: 'test' as const },
      { ...second, text: first.text, title: first.title },
      {
        ...first,
        id: 'd-probe',
        sourceType: 'derived' as const,
        derivedFrom: first.id,
        group: 'elsewhere',
        text: 'x',
      },
    ];
    const errors = checkCorpus(broken, readSources()).errors.join('\n');
    expect(errors).toContain(`${first.id}: split should be dev`);
    expect(errors).toContain(`${second.id}: same text as ${first.id}`);
    expect(errors).toContain('d-probe: not in the group, label and track of');
  });

  it('never splits a group across folds', () => {
    const dev = corpus.filter((i) => i.split === 'dev');
    const folds = groupedFolds(dev);
    const foldOfGroup = new Map<string, number>();
    for (const item of dev) {
      const fold = folds.get(item.id);
      expect(fold).toBeDefined();
      if (foldOfGroup.has(item.group)) expect(fold, item.group).toBe(foldOfGroup.get(item.group));
      foldOfGroup.set(item.group, fold ?? -1);
    }
    const sizes = [0, 1, 2, 3, 4].map((f) => dev.filter((i) => folds.get(i.id) === f).length);
    expect(Math.min(...sizes)).toBeGreaterThan(dev.length / 5 - 40);
  });
});
