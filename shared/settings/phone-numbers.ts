import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import type { Country } from './choices';

/**
 * Phone numbers as people type them: "(415) 555-0182" in the US, "(0171) 555-0199" in Germany,
 * "07700 900123" in the UK. With the country of the settings they are read in its national
 * format (libphonenumber-js, Google's metadata) and stored in international form, "+14155550182".
 * A number that already starts with + or 00 is read as international whatever the country.
 *
 * The check is the number's length and shape for its country ("possible"), not whether the range
 * is handed out today: fictional numbers such as 555-0100 or 07700 900xxx are accepted.
 */
export function toInternational(text: string, country?: Country): string | null {
  const trimmed = text.trim().replace(/^00(?=[1-9])/, '+');
  if (!/^[+(0-9][0-9 ()./-]*$/.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, country as CountryCode | undefined);
  return parsed?.isPossible() ? parsed.number : null;
}

/** A number in international form, as stored ("+14155550182"), written to be read: "+1 415 555 0182". */
export function readablePhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** How a mobile number of this country is written, national and international: the examples the screens show. */
export function phoneExample(country: Country | undefined): { national: string; international: string } {
  const example = getExampleNumber((country ?? 'US') as CountryCode, mobileExamples);
  return {
    national: country ? (example?.formatNational() ?? '') : (example?.formatInternational() ?? ''),
    international: example?.formatInternational() ?? '',
  };
}
