import { describe, expect, it } from 'vitest';
import { catalogs, languageFromLocale, translator } from '../../../../shared/i18n/i18n';
import { languages } from '../../../../shared/settings/choices';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '').sort();

describe('translations', () => {
  const english = catalogs.en;

  for (const language of languages) {
    it(`${language} has every English key with the same placeholders, and no extra keys`, () => {
      const catalog = catalogs[language];
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        const translated = catalog[key] ?? '';
        expect(translated.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(translated), `${language} ${key}`).toEqual(placeholders(text));
      }
    });
  }

  it('fills placeholders and plurals', () => {
    const { t } = translator('en');
    expect(t('home.status.needsAttention.detail', { count: 1 })).toBe(
      'Hold On saw 1 thing that may be a scam.',
    );
    expect(t('home.status.needsAttention.detail', { count: 3 })).toBe(
      'Hold On saw 3 things that may be a scam.',
    );
    expect(translator('de').t('home.status.protected')).toBe('Sie sind geschützt');
  });

  it('picks a language from the computer locale, English when unknown', () => {
    expect(languageFromLocale('de-AT')).toBe('de');
    expect(languageFromLocale('es_419')).toBe('es');
    expect(languageFromLocale('fr-FR')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
