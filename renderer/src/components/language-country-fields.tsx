import { countries, languages, type Country, type Language } from '../../../shared/settings/choices';
import { useTranslation } from '../state/use-translation';

export interface LanguageCountryChange {
  readonly language?: Language | null;
  readonly country?: Country | null;
}

/**
 * The screens' language and the country whose places to report a scam are shown. `null` means
 * "same as this computer" / "not chosen". Used by the settings screen and the first setup step.
 */
export function LanguageCountryFields(props: {
  readonly idPrefix: string;
  readonly language: Language | undefined;
  readonly country: Country | undefined;
  readonly onChange: (change: LanguageCountryChange) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${props.idPrefix}language`}>{t('settings.language')}</label>
        <select
          id={`${props.idPrefix}language`}
          value={props.language ?? ''}
          onChange={(e) => props.onChange({ language: languages.find((l) => l === e.target.value) ?? null })}
        >
          <option value="">{t('settings.language.auto')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${props.idPrefix}country`}>{t('settings.country')}</label>
        <select
          id={`${props.idPrefix}country`}
          value={props.country ?? ''}
          onChange={(e) => props.onChange({ country: countries.find((c) => c === e.target.value) ?? null })}
        >
          <option value="">{t('settings.country.auto')}</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {t(`country.${c}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
