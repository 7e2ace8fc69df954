import { apiErrorText } from '../components/api-error-text';
import { useState } from 'react';
import { LanguageCountryFields, type LanguageCountryChange } from '../components/language-country-fields';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

export function SettingsScreen() {
  const { t, language } = useTranslation();
  const { core, settings, go } = useAppStore();
  // Keep what happened, not its words: the words follow a language change made by this very save.
  const [readAloud, setReadAloud] = useState(settings?.readAloud === true);
  const [outcome, setOutcome] = useState<{ saved: true } | { saved: false; reason: string } | null>(null);

  const update = async (change: LanguageCountryChange | { readonly readAloud: boolean }): Promise<void> => {
    const result = await core.updateSettings(change);
    if (result.ok) {
      setOutcome({ saved: true });
    } else {
      setReadAloud(settings?.readAloud === true);
      setOutcome({ saved: false, reason: apiErrorText(t, result.error, language) });
    }
  };
  return (
    <ScreenFrame title={t('settings.title')}>
      <LanguageCountryFields
        idPrefix=""
        language={settings?.language}
        country={settings?.country}
        onChange={(change) => void update(change)}
      />
      <div className="field field-check">
        <input
          id="read-aloud"
          type="checkbox"
          checked={readAloud}
          onChange={(e) => {
            // Shown at once; the saved setting follows (and puts it back if saving fails).
            setReadAloud(e.target.checked);
            void update({ readAloud: e.target.checked });
          }}
        />
        <label htmlFor="read-aloud">{t('settings.readAloud')}</label>
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
