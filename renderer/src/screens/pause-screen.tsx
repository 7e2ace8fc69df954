import { apiErrorText } from '../components/api-error-text';
import { useEffect, useState } from 'react';
import { PinForm } from '../components/pin-form';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/** "12:04" left, counting down once a second; the core resumes by itself when it is over. */
export function useCountdown(until: number | null): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return undefined;
    const tick = (): void => setNow(Date.now());
    // Tick at once (the pause may have started long after this screen opened), then each second.
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [until]);
  if (until === null) return '';
  const left = Math.max(0, Math.floor((until - now) / 1000));
  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, '0');
  return `${minutes}:${seconds}`;
}

/** Pausing lowers protection, so it needs the caregiver PIN; starting again never does. */
export function PauseScreen() {
  const { t, language } = useTranslation();
  const { core, status } = useAppStore();
  const [pin, setPin] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const until = status?.pausedUntil ?? null;
  const left = useCountdown(until);

  const pause = async (minutes: 15 | 60): Promise<void> => {
    const result = await core.pause(minutes, pin ?? '');
    if (!result.ok) setProblem(apiErrorText(t, result.error, language));
  };

  if (until !== null) {
    return (
      <ScreenFrame title={t('pause.title')}>
        <p className="note" role="status">
          {t('pause.done', {
            time: new Date(until).toLocaleTimeString(language, { hour: 'numeric', minute: '2-digit' }),
          })}
        </p>
        <p className="countdown" role="timer" aria-label={t('pause.left', { time: left })}>
          {left}
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => void core.resume()}>
            {t('home.resume')}
          </button>
        </div>
      </ScreenFrame>
    );
  }
  return (
    <ScreenFrame title={t('pause.title')}>
      <p className="lead">{t('pause.detail')}</p>
      {pin === null ? (
        <PinForm
          label={t('caregiver.pin.enter')}
          submitLabel={t('caregiver.unlock')}
          check={core.checkPin}
          onAccepted={setPin}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => void pause(15)}>
            {t('pause.15')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void pause(60)}>
            {t('pause.60')}
          </button>
          <p className="problem" role="alert">
            {problem}
          </p>
        </div>
      )}
    </ScreenFrame>
  );
}
