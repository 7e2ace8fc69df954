import { useState } from 'react';
import { PinForm } from '../components/pin-form';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/** The tray's Quit: only the caregiver may switch Hold On off. */
export function QuitScreen() {
  const { t } = useTranslation();
  const { core, go } = useAppStore();
  const [result, setResult] = useState<'quitting' | 'cannot' | null>(null);
  return (
    <ScreenFrame title={t('quit.title')}>
      <p className="lead">{t('quit.lead')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => go('home')}>
          {t('quit.keep')}
        </button>
      </div>
      <h2>{t('caregiver.quit.heading')}</h2>
      {result === null ? (
        <PinForm
          label={t('caregiver.pin.enter')}
          submitLabel={t('caregiver.quit.confirm')}
          check={async (pin) => {
            const r = await core.quit(pin);
            if (r.ok) setResult(r.value.quitting ? 'quitting' : 'cannot');
            return r;
          }}
          onAccepted={() => undefined}
        />
      ) : (
        <p className="note" role="status">
          {result === 'quitting' ? t('caregiver.quit.quitting') : t('caregiver.quit.cannot')}
        </p>
      )}
    </ScreenFrame>
  );
}
