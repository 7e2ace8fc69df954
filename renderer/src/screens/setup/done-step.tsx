import { useEffect, useRef, useState } from 'react';
import { apiErrorText } from '../../components/api-error-text';
import { listOf } from '../../components/list-format';
import { ReachList } from '../../components/reach-list';
import { readAloud } from '../../speech/read-aloud';
import { useAppStore } from '../../state/app-store';
import { useTranslation } from '../../state/use-translation';

/**
 * The last screen is for the person Hold On protects: what it will do, in plain words, and it
 * names only family members a test really reached. Below, for the family: each way to reach
 * each person and whether it works, or plainly that nobody will be told.
 */
export function DoneStep(props: { readonly pin: string; readonly onBack: () => void }) {
  const { t, language } = useTranslation();
  const [reading, setReading] = useState(false);
  const stopReading = useRef<() => void>(() => undefined);
  useEffect(() => () => stopReading.current(), []);
  const core = useAppStore((s) => s.core);
  const family = useAppStore((s) => s.status?.family);
  const [problem, setProblem] = useState('');
  // Only people a test reached: "It will tell Ann" must be true the moment it is read.
  const reached = (family?.contacts ?? []).filter((c) => c.reachable).map((c) => c.name);
  const lines = [
    t('setup.senior.watch'),
    t('setup.senior.stop'),
    family?.someoneTold
      ? t('setup.senior.tellWays', { names: listOf(reached, language) })
      : t('setup.senior.tellNobodyYet'),
    t('setup.senior.phone'),
    t('setup.senior.pin'),
    t('setup.senior.quiet'),
  ];
  const finish = async (): Promise<void> => {
    const result = await core.completeSetup(props.pin);
    if (!result.ok) return setProblem(apiErrorText(t, result.error, language));
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
      <section className="boxed-list" aria-labelledby="family-what">
        <h2 id="family-what">{t('setup.family.heading')}</h2>
        {family?.someoneTold ? null : <p className="problem">{t('setup.family.nobody')}</p>}
        {(family?.contacts ?? []).map((c) => (
          <ReachList key={c.name} name={c.name} />
        ))}
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
