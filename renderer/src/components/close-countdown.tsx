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
  // When the wait ends, and the time now: the seconds left follow the clock, not a chain of
  // one-second timers (which a busy or sleeping computer would stretch).
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [noVoice, setNoVoice] = useState(false);
  const { keyLines } = props;
  const left = endsAt === null ? null : Math.max(0, Math.ceil((endsAt - now) / 1000));

  useEffect(() => {
    if (endsAt === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [endsAt]);
  useEffect(() => {
    if (endsAt === null) return undefined;
    // While the person waits, the key lines are read aloud where the computer has a voice.
    return readAloud(
      keyLines,
      language,
      () => undefined,
      () => setNoVoice(true),
    );
  }, [endsAt, keyLines, language]);

  if (left === null) {
    return (
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          const start = Date.now();
          setNow(start);
          setEndsAt(start + closeWaitSeconds * 1000);
        }}
      >
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
