import { useState, type ChangeEvent } from 'react';
import { countries, languages, type Country, type Language } from '../../../shared/settings/choices';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { client, settings, go } = useAppStore();
  // Keep what happened, not its words: the words follow a language change made by this very save.
  const [outcome, setOutcome] = useState<{ saved: true } | { saved: false; reason: string } | null>(null);

  const update = async (change: { language?: Language | null; country?: Country | null }): Promise<void> => {
    const result = await client.invoke('settings.update', change);
    if (result.ok) {
      useAppStore.setState({ settings: result.value });
      setOutcome({ saved: true });
    } else {
      setOutcome({ saved: false, reason: result.error.message });
    }
  };
  const pick =
    <T extends string>(field: 'language' | 'country', allowed: readonly T[]) =>
    (event: ChangeEvent<HTMLSelectElement>): void => {
      const value = allowed.find((v) => v === event.target.value) ?? null;
      void update({ [field]: value });
    };

  return (
    <ScreenFrame title={t('settings.title')}>
      <div className="field">
        <label htmlFor="language">{t('settings.language')}</label>
        <select id="language" value={settings?.language ?? ''} onChange={pick('language', languages)}>
          <option value="">{t('settings.language.auto')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="country">{t('settings.country')}</label>
        <select id="country" value={settings?.country ?? ''} onChange={pick('country', countries)}>
          <option value="">{t('settings.country.auto')}</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {t(`country.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="note" role="status">
        {outcome === null
          ? ''
          : outcome.saved
            ? t('settings.saved')
            : t('settings.saveFailed', { reason: outcome.reason })}
      </p>
      <section aria-labelledby="for-family">
        <h2 id="for-family">{t('settings.family.heading')}</h2>
        <p className="note">{t('settings.family.lead')}</p>
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => go('caregiver')}>
            {t('settings.family.open')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => go('history')}>
            {t('settings.family.history')}
          </button>
        </div>
      </section>
    </ScreenFrame>
  );
}
