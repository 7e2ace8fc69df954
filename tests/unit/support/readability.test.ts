import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n/i18n';
import { readability, syllables } from '../../support/readability';

/**
 * Strings the caregiver reads (settings, alerts), tool and organisation names, and language and country names are
 * not the senior's reading; everything else is.
 */
const notForTheSenior = /^(language\.|country\.|settings\.|caregiver\.|showAndTell\.|alert\.|app\.name$)/;

describe('plain English', () => {
  it('counts syllables the usual way', () => {
    expect(
      ['hang', 'computer', 'someone', 'scammer', 'people', 'control', 'telephone'].map(syllables),
    ).toEqual([1, 3, 2, 2, 2, 2, 3]);
  });

  it('everything the senior reads is at grade 6 or below (Flesch–Kincaid)', () => {
    const texts = Object.entries(catalogs.en)
      .filter(([key]) => !notForTheSenior.test(key))
      .map(([, text]) => text);
    const result = readability(texts);
    console.log(
      `Flesch–Kincaid grade of ${texts.length} English strings (${result.words} words): ${result.grade.toFixed(2)}`,
    );
    expect(result.words).toBeGreaterThan(500);
    expect(result.grade).toBeLessThanOrEqual(6);
  });

  it('would fail on officialese', () => {
    const hard = readability([
      'Unauthorised remote administration utilities constitute a significant vulnerability necessitating immediate termination.',
    ]);
    expect(hard.grade).toBeGreaterThan(6);
  });
});
