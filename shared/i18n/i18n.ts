import i18next, { type i18n } from 'i18next';
import { isLanguage, languages, type Language } from '../settings/choices';
import de from './locales/de.json';
import en from './locales/en.json';
import es from './locales/es.json';

/** English is the reference catalog: every key and placeholder must exist in the others too. */
type Catalog = typeof en;
/** Plural forms are looked up by their base key (`…detail` for `…detail_one` / `…detail_other`). */
type StripPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
export type MessageKey = StripPlural<keyof Catalog>;

export const catalogs: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en, es, de };

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

export interface Translator {
  readonly language: Language;
  readonly t: Translate;
}

function createInstance(language: Language): i18n {
  const instance = i18next.createInstance();
  // initAsync: false keeps `t` usable right away; the resources are in memory.
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    resources: Object.fromEntries(languages.map((l) => [l, { translation: catalogs[l] }])),
  });
  return instance;
}

const cache = new Map<Language, Translator>();

export function translator(language: Language): Translator {
  const cached = cache.get(language);
  if (cached) return cached;
  const instance = createInstance(language);
  const made: Translator = { language, t: (key, vars) => instance.t(key, vars ?? {}) };
  cache.set(language, made);
  return made;
}

/** Picks a supported language from a BCP 47 tag such as `de-AT` or `es-419`. */
export function languageFromLocale(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : 'en';
}

/**
 * Says an incident reason in a language. Values whose name ends in `Key` are message keys
 * themselves (`whatKey: 'showAndTell.eventViewer'`) and are translated first, then passed on
 * without the suffix (`what`).
 */
export function describeReason(
  t: Translate,
  code: string,
  vars: Readonly<Record<string, string | number>>,
): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(vars)) {
    if (name.endsWith('Key') && typeof value === 'string') filled[name.slice(0, -3)] = t(value as MessageKey);
    else filled[name] = value;
  }
  return t(code as MessageKey, filled);
}
