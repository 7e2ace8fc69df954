import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../scripts/eval/scam-corpus';
import { finderPatterns } from '../../../../shared/scam-text/find-scam-signs';
import { foldText } from '../../../../shared/scam-text/fold-text';
import { LiteralPrefilter, requiredLiterals } from '../../../../shared/scam-text/literal-prefilter';

const sorted = (pattern: RegExp) => {
  const literals = requiredLiterals(pattern);
  return literals === null ? null : [...literals].sort();
};

describe('the literals a pattern needs', () => {
  it('are read off words, options, optional parts and look-arounds', () => {
    expect(sorted(/\bcall now\b/g)).toEqual(['call now']);
    expect(sorted(/\b(?:infected|virus(?:es)?)\b/g)).toEqual(['infected', 'virus']);
    expect(sorted(/(?<!not )\bblocked(?= now)/g)).toEqual(['blocked']);
    expect(sorted(/\bhp\b|\bdell(?!')/g)).toEqual(['dell', 'hp']);
    // The longer of two words around a gap; a short list of letters makes the options.
    expect(sorted(/\bsupport\b[^.!\n]{0,40}\bnumber\b/g)).toEqual(['number']);
    expect(sorted(/\binfectad[oa]s?\b/g)).toEqual(['infectad']);
    // Several strings together, when they are few: "ha bloqueado" needs more than "ha".
    expect(sorted(/\b(?:ha|han) (?:bloqueado|gesperrt)\b/g)).toEqual(['bloquead', 'gesperrt']);
    expect(sorted(/(?:a|b)(?:c|d)/g)).toEqual(['ac', 'ad', 'bc', 'bd']);
    expect(sorted(/\{x\}\x41\u00e9/g)).toEqual(['{x}Aé']);
    expect(sorted(/a{2,}b+/g)).toEqual(['a']);
  });

  it('are none where a match may hold none, or the syntax is not read here', () => {
    expect(requiredLiterals(/x?y*/g)).toBeNull();
    expect(requiredLiterals(/[^.!]{3}/g)).toBeNull();
    expect(requiredLiterals(/\w+|call/g)).toBeNull();
    expect(requiredLiterals(/(?:call)?/g)).toBeNull();
    expect(requiredLiterals(/call/gi)).toBeNull(); // case-insensitive
    expect(requiredLiterals(/\p{L}call/gu)).toBeNull();
    expect(requiredLiterals(/a\cJ/g)).toBeNull();
    expect(requiredLiterals(/(a)\1/g)).toEqual(['a']);
  });
});

describe('the finders’ quick test', () => {
  const prefilter = new LiteralPrefilter(finderPatterns);
  const mayMatch = () => finderPatterns.map((_, id) => prefilter.mayMatch(id));

  it('never skips a pattern that matches: every corpus title and text, every finder pattern', () => {
    const texts = loadCorpus().flatMap((item) => [item.title ?? '', item.text]);
    let skipped = 0;
    for (const text of texts.map(foldText)) {
      prefilter.scan(text);
      const may = mayMatch();
      finderPatterns.forEach((pattern, id) => {
        pattern.lastIndex = 0;
        const matches = pattern.test(text);
        pattern.lastIndex = 0;
        if (matches && !may[id])
          throw new Error(`${pattern.source.slice(0, 60)} matches ${text.slice(0, 80)}`);
        if (!may[id]) skipped += 1;
      });
    }
    // …and it does skip: most patterns on most texts.
    expect(skipped).toBeGreaterThan((texts.length * finderPatterns.length) / 2);
  });

  it('runs few patterns on an everyday title, and forgets the last text', () => {
    prefilter.scan(foldText('Your computer is blocked! Call Microsoft support now'));
    const scary = mayMatch().filter(Boolean).length;
    prefilter.scan(foldText('Inbox (3) – oma@example.org – Mail'));
    const everyday = mayMatch().filter(Boolean).length;
    expect(everyday).toBeLessThan(finderPatterns.length / 4);
    expect(scary).toBeGreaterThan(everyday + 5);
  });
});
