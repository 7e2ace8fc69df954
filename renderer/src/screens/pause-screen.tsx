import { useState } from 'react';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

export function PauseScreen() {
  const { t, language } = useTranslation();
  const client = useAppStore((s) => s.client);
  const [until, setUntil] = useState<number | null>(null);
  const pause = async (minutes: 15 | 60): Promise<void> => {
    const result = await client.invoke('protection.pause', { minutes });
    if (result.ok) setUntil(result.value.pausedUntil);
  };
  return (
    <ScreenFrame title={t('pause.title')}>
      <p className="lead">{t('pause.detail')}</p>
      {until === null ? (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => void pause(15)}>
            {t('pause.15')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void pause(60)}>
            {t('pause.60')}
          </button>
        </div>
      ) : (
        <p className="note" role="status">
          {t('pause.done', {
            time: new Date(until).toLocaleTimeString(language, { hour: 'numeric', minute: '2-digit' }),
          })}
        </p>
      )}
    </ScreenFrame>
  );
}
