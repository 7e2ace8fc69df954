import { countries, languages } from '../../../../shared/settings/choices';
import { useAppStore } from '../../state/app-store';
import { useTranslation } from '../../state/use-translation';

/** Language and country: saved at once (they need no PIN), so the next screens speak it. */
export function LanguageStep(props: { readonly onNext: () => void }) {
  const { t } = useTranslation();
  const { client, settings } = useAppStore();
  const update = async (change: Record<string, string | null>): Promise<void> => {
    const result = await client.invoke('settings.update', change);
    if (result.ok) useAppStore.setState({ settings: result.value });
  };
  return (
    <>
      <p className="lead">{t('caregiver.setup.language.lead')}</p>
      <div className="field">
        <label htmlFor="setup-language">{t('settings.language')}</label>
        <select
          id="setup-language"
          value={settings?.language ?? ''}
          onChange={(e) => void update({ language: languages.find((l) => l === e.target.value) ?? null })}
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
        <label htmlFor="setup-country">{t('settings.country')}</label>
        <select
          id="setup-country"
          value={settings?.country ?? ''}
          onChange={(e) => void update({ country: countries.find((c) => c === e.target.value) ?? null })}
        >
          <option value="">{t('settings.country.auto')}</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {t(`country.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={props.onNext}>
          {t('caregiver.setup.next')}
        </button>
      </div>
    </>
  );
}
