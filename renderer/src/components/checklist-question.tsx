import { answerValues, type Answer, type Question } from '../../../shared/checklist/checklist-questions';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useTranslation } from '../state/use-translation';
import { ReadAloudButton } from './read-aloud-button';
import { ScreenFrame } from './screen-frame';

/** One question, three big answers, Back always there, the place in the list, read aloud. */
export function ChecklistQuestion(props: {
  readonly question: Question;
  readonly number: number;
  readonly total: number;
  readonly answer: Answer | undefined;
  readonly onAnswer: (answer: Answer) => void;
  readonly onBack: () => void;
}) {
  const { t } = useTranslation();
  const { question } = props;
  const text = t(`checklist.q.${question.id}` as MessageKey);
  const hint = question.id === 'installProgram' ? t('checklist.hint.installProgram') : '';
  const progress = t('checklist.progress', { number: props.number, total: props.total });
  const labels = answerValues.map((a) => t(`checklist.answer.${a}`));
  return (
    <ScreenFrame title={text} eyebrow={progress}>
      {hint ? <p className="lead">{hint}</p> : null}
      <div className="answers" role="group" aria-label={text}>
        {answerValues.map((value, i) => (
          <button
            key={value}
            type="button"
            className={`button button-answer${props.answer === value ? ' button-chosen' : ''}`}
            aria-pressed={props.answer === value}
            onClick={() => props.onAnswer(value)}
          >
            {labels[i]}
          </button>
        ))}
      </div>
      <div className="checklist-nav">
        <button type="button" className="button button-secondary" onClick={props.onBack}>
          {t('checklist.back')}
        </button>
        <ReadAloudButton text={[progress, text, hint, labels.join(', ')].filter(Boolean).join('. ')} />
      </div>
    </ScreenFrame>
  );
}

/** Right after "Yes, someone is on the phone": hang up first, then go on. */
export function ChecklistHangUp(props: { readonly onNext: () => void; readonly onBack: () => void }) {
  const { t } = useTranslation();
  const lines = [t('checklist.hangUp.body'), t('checklist.hangUp.body2')];
  return (
    <ScreenFrame title={t('checklist.hangUp.title')}>
      <div className="hang-up-box">
        {lines.map((line) => (
          <p key={line} className="lead">
            {line}
          </p>
        ))}
      </div>
      <div className="checklist-nav">
        <button type="button" className="button button-primary" onClick={props.onNext}>
          {t('checklist.hangUp.next')}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onBack}>
          {t('checklist.back')}
        </button>
        <ReadAloudButton text={[t('checklist.hangUp.title'), ...lines].join(' ')} />
      </div>
    </ScreenFrame>
  );
}
