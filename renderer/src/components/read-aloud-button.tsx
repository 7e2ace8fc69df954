import { useEffect, useState } from 'react';
import { readAloud } from '../speech/read-aloud';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/**
 * "Read this to me" for one screen: reads `text` with the computer's voices, and again as a
 * "Stop reading" toggle. With the read-aloud setting on, each new screen is read at once.
 */
export function ReadAloudButton(props: { readonly text: string; readonly className?: string }) {
  const { t, language } = useTranslation();
  const autoRead = useAppStore((s) => s.settings?.readAloud === true);
  const [reading, setReading] = useState(autoRead);
  const { text } = props;

  useEffect(() => {
    if (!autoRead) return undefined;
    return readAloud(text, language, () => setReading(false));
  }, [autoRead, text, language]);
  // Leaving the screen stops the voice.
  useEffect(() => () => window.speechSynthesis?.cancel(), []);

  return (
    <button
      type="button"
      className={props.className ?? 'button button-secondary'}
      aria-pressed={reading}
      onClick={() => {
        if (reading) {
          window.speechSynthesis?.cancel();
          setReading(false);
          return;
        }
        setReading(true);
        readAloud(text, language, () => setReading(false));
      }}
    >
      {reading ? t('interruption.readAloud.stop') : t('interruption.readAloud')}
    </button>
  );
}
