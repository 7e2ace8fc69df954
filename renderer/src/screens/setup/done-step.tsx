import { useEffect, useRef, useState } from 'react';
import { readAloud } from '../../speech/read-aloud';
import { useAppStore } from '../../state/app-store';
import { useTranslation } from '../../state/use-translation';

/** The last screen is for the person Hold On protects: what it will do, in plain words. */
export function DoneStep(props: { readonly pin: string; readonly onBack: () => void }) {
  const { t, language } = useTranslation();
  const [reading, setReading] = useState(false);
  const stopReading = useRef<() => void>(() => undefined);
  useEffect(() => () => stopReading.current(), []);
  const { core, settings } = useAppStore();
  const [problem, setProblem] = useState('');
  const first = settings?.contacts?.[0]?.name;
  const lines = [
    t('setup.senior.watch'),
    t('setup.senior.stop'),
    first ? t('setup.senior.tell', { name: first }) : t('setup.senior.tellNobody'),
    t('setup.senior.phone'),
    t('setup.senior.pin'),
    t('setup.senior.quiet'),
  ];
  const finish = async (): Promise<void> => {
    const result = await core.completeSetup(props.pin);
    if (!result.ok) return setProblem(result.error.message);
    useAppStore.getState().go('home');
  };
  return (
    <>
      <section className="boxed-list" aria-labelledby="senior-what">
        <h2 id="senior-what">{t('setup.senior.heading')}</h2>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <p className="problem" role="alert">
        {problem}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={reading}
          onClick={() => {
            if (reading) {
              stopReading.current();
              setReading(false);
              return;
            }
            setReading(true);
            stopReading.current = readAloud([t('setup.senior.heading'), ...lines].join(' '), language, () =>
              setReading(false),
            );
          }}
        >
          {reading ? t('interruption.readAloud.stop') : t('interruption.readAloud')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void finish()}>
          {t('setup.senior.finish')}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onBack}>
          {t('caregiver.setup.back')}
        </button>
      </div>
    </>
  );
}
