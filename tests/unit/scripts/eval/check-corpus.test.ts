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

  it('never splits a group across folds, in every partition of dev', () => {
    const dev = corpus.filter((i) => i.split === 'dev');
    for (const partition of [0, 1, 2]) {
      const folds = groupedFolds(dev, 5, partition);
      const foldOfGroup = new Map<string, number>();
      for (const item of dev) {
        const fold = folds.get(item.id);
        expect(fold).toBeDefined();
        if (foldOfGroup.has(item.group)) expect(fold, item.group).toBe(foldOfGroup.get(item.group));
        foldOfGroup.set(item.group, fold ?? -1);
      }
      const sizes = [0, 1, 2, 3, 4].map((f) => dev.filter((i) => folds.get(i.id) === f).length);
      expect(Math.min(...sizes), `partition ${partition}`).toBeGreaterThan(dev.length / 5 - 40);
    }
  });

  it('cuts dev into other folds in each other partition, the same ones every run', () => {
    const dev = corpus.filter((i) => i.split === 'dev');
    const [first, again, second] = [
      groupedFolds(dev, 5, 1),
      groupedFolds(dev, 5, 1),
      groupedFolds(dev, 5, 2),
    ];
    expect([...first]).toEqual([...again]);
    const apart = (a: Map<string, number>, b: Map<string, number>) => {
      const ids = dev.map((i) => i.id);
      // Pairs of items that share a fold in one partition and not in the other.
      let differ = 0;
      for (let k = 0; k + 1 < ids.length; k += 7) {
        const [x, y] = [ids[k] ?? '', ids[k + 1] ?? ''];
        if ((a.get(x) === a.get(y)) !== (b.get(x) === b.get(y))) differ += 1;
      }
      return differ;
    };
    expect(apart(groupedFolds(dev), first)).toBeGreaterThan(10);
    expect(apart(first, second)).toBeGreaterThan(10);
  });
});
