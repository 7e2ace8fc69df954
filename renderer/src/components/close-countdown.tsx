import { useEffect, useState } from 'react';
import { readAloud } from '../speech/read-aloud';
import { useTranslation } from '../state/use-translation';

/** How long "Close this message" makes the person wait (Android's "Probable scam" screen: 30 s). */
export const closeWaitSeconds = 20;

/**
 * The way out of the warning costs a wait, and nothing else does: the first press starts a
 * 20-second countdown (a caller saying "just click Close" gets silence and these words read
 * aloud), and only then can the message be closed. The family is told either way.
 */
export function CloseCountdown(props: { readonly keyLines: string; readonly onClose: () => void }) {
  const { t, language } = useTranslation();
  const [left, setLeft] = useState<number | null>(null);
  const [noVoice, setNoVoice] = useState(false);
  const { keyLines } = props;

  useEffect(() => {
    if (left === null || left <= 0) return undefined;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  useEffect(() => {
    if (left !== closeWaitSeconds) return undefined;
    // While the person waits, the key lines are read aloud where the computer has a voice.
    return readAloud(
      keyLines,
      language,
      () => undefined,
      () => setNoVoice(true),
    );
  }, [left, keyLines, language]);

  if (left === null) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setLeft(closeWaitSeconds)}>
        {t('interruption.close')}
      </button>
    );
  }
  return (
    <div className="close-wait" role="status">
      {left > 0 ? (
        <>
          <p className="close-wait-count">{t('interruption.close.wait', { count: left })}</p>
          <p>{t('interruption.close.why')}</p>
          {noVoice ? <p>{t('readAloud.noVoice')}</p> : null}
        </>
      ) : (
        <button type="button" className="button button-quiet" onClick={props.onClose}>
          {t('interruption.close.now')}
        </button>
      )}
    </div>
  );
}
