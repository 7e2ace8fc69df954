import { useEffect, useRef, useState } from 'react';
import { checklistScreens } from '../../../shared/checklist/checklist-flow';
import type { Answer, Answers } from '../../../shared/checklist/checklist-questions';
import { decideChecklist } from '../../../shared/checklist/checklist-verdict';
import { ChecklistHangUp, ChecklistQuestion } from '../components/checklist-question';
import { ChecklistVerdict } from '../components/checklist-verdict';
import { ReadAloudButton } from '../components/read-aloud-button';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/**
 * "Am I being scammed?": a short start, then one question per screen (the path follows the
 * answers, see shared/checklist/), then the verdict, which is saved in the history at once.
 */
export function ChecklistScreen() {
  const { t } = useTranslation();
  const { core, go } = useAppStore();
  const [answers, setAnswers] = useState<Answers>({});
  // -1 is the start screen; otherwise an index into the screens for the current answers.
  const [position, setPosition] = useState(-1);
  const [recordId, setRecordId] = useState<string | null>(null);
  const recorded = useRef<Answers | null>(null);

  const screens = checklistScreens(answers);
  const current = position >= 0 ? screens[Math.min(position, screens.length - 1)] : undefined;
  const back = () => setPosition((p) => p - 1);
  const restart = () => {
    setAnswers({});
    setRecordId(null);
    recorded.current = null;
    setPosition(-1);
  };

  // The verdict is written down for the family as soon as it is shown (once per set of answers).
  useEffect(() => {
    if (current?.kind !== 'verdict' || recorded.current === answers) return;
    recorded.current = answers;
    setRecordId(null);
    void core.recordChecklist(answers).then((saved) => {
      if (saved.ok && recorded.current === answers) setRecordId(saved.value.id);
    });
  }, [current?.kind, answers, core]);

  if (!current) {
    return (
      <ScreenFrame title={t('checklist.title')}>
        <p className="lead">{t('checklist.intro')}</p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => setPosition(0)}>
            {t('checklist.start')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => go('message')}>
            {t('checklist.checkMessage')}
          </button>
          <ReadAloudButton text={`${t('checklist.title')} ${t('checklist.intro')}`} />
        </div>
      </ScreenFrame>
    );
  }
  if (current.kind === 'hang-up') {
    return <ChecklistHangUp onNext={() => setPosition((p) => p + 1)} onBack={back} />;
  }
  if (current.kind === 'verdict') {
    return (
      <ChecklistVerdict
        result={decideChecklist(answers)}
        recordId={recordId}
        onBack={back}
        onAgain={restart}
      />
    );
  }
  const answer = (value: Answer) => {
    setAnswers((a) => ({ ...a, [current.question.id]: value }));
    setPosition((p) => p + 1);
  };
  return (
    <ChecklistQuestion
      key={current.question.id}
      question={current.question}
      number={current.number}
      total={current.total}
      answer={answers[current.question.id]}
      onAnswer={answer}
      onBack={back}
    />
  );
}
