import { LanguageCountryFields, type LanguageCountryChange } from '../../components/language-country-fields';
import { useAppStore } from '../../state/app-store';
import { useTranslation } from '../../state/use-translation';

/** Language and country: saved at once (they need no PIN), so the next screens speak it. */
export function LanguageStep(props: { readonly onNext: () => void }) {
  const { t } = useTranslation();
  const { core, settings } = useAppStore();
  const update = async (change: LanguageCountryChange): Promise<void> => {
    await core.updateSettings(change);
  };
  return (
    <>
      <p className="lead">{t('caregiver.setup.language.lead')}</p>
      <LanguageCountryFields
        idPrefix="setup-"
        language={settings?.language}
        country={settings?.country}
        onChange={(change) => void update(change)}
      />
      <div className="actions">
        <button type="button" className="button button-primary" onClick={props.onNext}>
          {t('caregiver.setup.next')}
        </button>
      </div>
    </>
  );
}
