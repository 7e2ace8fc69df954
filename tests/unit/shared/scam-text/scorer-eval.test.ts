import { describe, expect, it } from 'vitest';
import { scoreScamText } from '../../../../shared/scam-text/score-scam-text';
import { evaluate } from '../../../../scripts/eval/evaluate-scorer';
import { loadCorpus } from '../../../../scripts/eval/scam-corpus';

/**
 * The scorer against the labeled corpus (tests/fixtures/scam-text): the same figures as
 * `npm run eval:scorer`. Targets: recall >= 95 %, false-positive rate <= 1 %.
 */
describe('scam-text scorer on the labeled corpus', () => {
  const corpus = loadCorpus();
  const report = evaluate(corpus, (item) => scoreScamText({ title: item.title, text: item.text }));

  it('has at least 150 texts of each class across English, Spanish and German, each with a source', () => {
    const main = corpus.filter((i) => i.language !== 'fr');
    expect(main.filter((i) => i.label === 'scam').length).toBeGreaterThanOrEqual(150);
    expect(main.filter((i) => i.label === 'benign').length).toBeGreaterThanOrEqual(150);
    for (const language of ['en', 'es', 'de'] as const) {
      expect(main.filter((i) => i.language === language && i.label === 'scam').length).toBeGreaterThan(20);
      expect(main.filter((i) => i.language === language && i.label === 'benign').length).toBeGreaterThan(20);
    }
    const ids = new Set(corpus.map((i) => i.id));
    expect(ids.size).toBe(corpus.length);
    for (const item of corpus) {
      if (item.derivedFrom !== undefined) expect(ids.has(item.derivedFrom), item.id).toBe(true);
      if (item.kind === 'title') expect(item.title?.length ?? 0, item.id).toBeGreaterThan(0);
      else expect(item.text.length, item.id).toBeGreaterThan(0);
    }
  });

  it('keeps a translation in the same split as the text it was made from', () => {
    const split = new Map(corpus.map((i) => [i.id, i.split]));
    for (const item of corpus) {
      if (item.derivedFrom !== undefined) expect(item.split, item.id).toBe(split.get(item.derivedFrom));
    }
  });

  it('dev split (the weights were tuned on it): recall >= 95 % and false-positive rate <= 1 %', () => {
    const { overall, missedScams, falseAlarms } = report.dev;
    expect(overall.recall ?? 0, `missed: ${missedScams.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(overall.falsePositiveRate ?? 1, `false alarms: ${falseAlarms.join(', ')}`).toBeLessThanOrEqual(
      0.01,
    );
  });

  // The held-out split is reported as measured (README), not tuned to the target: it measured
  // recall 95.3 % and one false alarm in 94 benign texts (1.1 %). This guards against regressions.
  it('held-out test split: recall >= 95 % and false-positive rate <= 2 %', () => {
    const { overall, missedScams, falseAlarms } = report.test;
    expect(overall.recall ?? 0, `missed: ${missedScams.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(overall.falsePositiveRate ?? 1, `false alarms: ${falseAlarms.join(', ')}`).toBeLessThanOrEqual(
      0.02,
    );
  });

  it('catches scams in each language and stays calm on each language', () => {
    for (const language of ['en', 'es', 'de'] as const) {
      const f = report.all.byLanguage[language];
      expect(f?.recall ?? 0, language).toBeGreaterThanOrEqual(0.9);
      expect(f?.falsePositiveRate ?? 1, language).toBeLessThanOrEqual(0.02);
    }
  });
});
