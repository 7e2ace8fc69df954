import { apiErrorText } from '../components/api-error-text';
import { useId, useState } from 'react';
import { describeReason } from '../../../shared/i18n/i18n';
import type { MessageCheck } from '../../../shared/message-check/check-message';
import { BoxedList } from '../components/boxed-list';
import { ReportPlaces } from '../components/report-places';
import { ReadAloudButton } from '../components/read-aloud-button';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/**
 * "Paste or type what they said or sent you": the core checks the text (scam-text scorer plus
 * message signals, see shared/message-check/) and each red flag is explained in plain words.
 */
export function MessageScreen() {
  const { t, language } = useTranslation();
  const { core, go } = useAppStore();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<MessageCheck | null>(null);

  const check = async (): Promise<void> => {
    if (text.trim() === '') {
      setProblem(t('message.empty'));
      return;
    }
    setProblem('');
    setBusy(true);
    const checked = await core.checkMessage(text);
    setBusy(false);
    if (checked.ok) setResult(checked.value);
    else setProblem(apiErrorText(t, checked.error, language));
  };

  if (result) {
    const verdict = t(`checklist.verdict.${result.verdict}`);
    const flags = result.redFlags.map((f) => describeReason(t, f.code, f.vars));
    const advice = result.verdict === 'scam' ? [] : [t('message.stillUnsure')];
    const summary = flags.length === 0 ? [t('message.none')] : [];
    // The same next steps as the checklist's, for a message that is (or may be) a scam.
    const stepIds =
      result.verdict === 'scam'
        ? (['doNotPay', 'report', 'tellSomeone'] as const)
        : result.verdict === 'careful'
          ? (['doNotPay', 'checkYourself', 'report', 'tellSomeone'] as const)
          : ([] as const);
    const steps = stepIds.map((step) => ({ step, text: t(`checklist.step.${step}`) }));
    return (
      <ScreenFrame title={verdict}>
        <div className={`verdict verdict-${result.verdict}`}>
          {[...summary, ...(result.verdict === 'scam' ? [t('checklist.verdict.scam.lead')] : [])].map(
            (line) => (
              <p key={line} className="lead">
                {line}
              </p>
            ),
          )}
        </div>
        {flags.length > 0 ? <BoxedList title={t('message.found.title')} items={flags} /> : null}
        {advice.map((line) => (
          <p key={line} className="lead advice">
            {line}
          </p>
        ))}
        {steps.length > 0 ? (
          <>
            <h2>{t('checklist.steps.title')}</h2>
            <ol className="next-steps" data-testid="next-steps">
              {steps.map(({ step, text: line }) => (
                <li key={step}>
                  {line}
                  {step === 'report' ? <ReportPlaces /> : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => go('checklist')}>
            {t('message.toChecklist')}
          </button>
          <ReadAloudButton
            text={[verdict, ...summary, ...flags, ...advice, ...steps.map((s) => s.text)].join(' ')}
          />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setResult(null);
              setText('');
            }}
          >
            {t('message.checkAnother')}
          </button>
        </div>
      </ScreenFrame>
    );
  }

  return (
    <ScreenFrame title={t('message.title')}>
      <p className="lead">{t('message.lead')}</p>
      <div className="field field-wide">
        <label htmlFor={fieldId}>{t('message.label')}</label>
        <textarea
          id={fieldId}
          value={text}
          rows={8}
          maxLength={20_000}
          aria-invalid={problem !== ''}
          aria-describedby={problem ? `${fieldId}-problem` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {problem ? (
        <p id={`${fieldId}-problem`} className="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void check()}>
          {t('message.check')}
        </button>
        <ReadAloudButton text={`${t('message.title')}. ${t('message.lead')}`} />
      </div>
    </ScreenFrame>
  );
}
