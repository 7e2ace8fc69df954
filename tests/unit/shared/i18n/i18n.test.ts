import { describe, expect, it } from 'vitest';
import { catalogs, languageFromLocale, translator } from '../../../../shared/i18n/i18n';
import { deliveryReasons } from '../../../../shared/model/alert';
import { languages } from '../../../../shared/settings/choices';
import { problemCodes } from '../../../../shared/settings/settings-validation';

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

  it('says every settings problem and every reason an alert was not sent in Spanish and German', () => {
    const keys = [
      ...problemCodes.map((code) => `problem.${code}`),
      ...deliveryReasons.map((reason) => `delivery.reason.${reason}`),
      'delivery.reason.other',
    ];
    for (const key of keys) {
      const en = english[key as keyof typeof english];
      expect(en, key).toBeTruthy();
      for (const language of ['es', 'de'] as const) {
        const text = catalogs[language][key] ?? '';
        expect(text, `${language} ${key}`).not.toBe('');
        // Its own words, not the English left in place.
        expect(text, `${language} ${key}`).not.toBe(en);
      }
    }
  });

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
