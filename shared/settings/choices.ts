/** Languages the screens speak and countries whose places to report a scam Hold On knows. */
export const languages = ['en', 'es', 'de'] as const;
export const countries = ['US', 'GB', 'AU', 'CA', 'DE', 'ES'] as const;

export type Language = (typeof languages)[number];
export type Country = (typeof countries)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function isCountry(value: unknown): value is Country {
  return typeof value === 'string' && (countries as readonly string[]).includes(value);
}
