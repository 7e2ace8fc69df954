import { countries, type Country } from '../settings/choices';

/** The country from a locale's region (`en-GB` → GB, `es-ES` → ES); null when it is not one we know. */
export function countryFromLocale(locale: string | undefined): Country | null {
  const region = (locale ?? '').split(/[-_]/)[1]?.toUpperCase();
  if (region === 'UK') return 'GB';
  return (countries as readonly string[]).includes(region ?? '') ? (region as Country) : null;
}

/** The chosen country, else the computer's region, else the one its language is most spoken in. */
export function effectiveCountry(chosen: Country | undefined, locale: string | undefined): Country {
  if (chosen) return chosen;
  const fromLocale = countryFromLocale(locale);
  if (fromLocale) return fromLocale;
  const language = (locale ?? '').slice(0, 2).toLowerCase();
  return language === 'de' ? 'DE' : language === 'es' ? 'ES' : 'US';
}
