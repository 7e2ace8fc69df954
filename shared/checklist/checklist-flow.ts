import { questions, type Answers, type Question, type QuestionId } from './checklist-questions';

/**
 * The screens of the checklist in order, for the answers given so far: one per question, plus
 * "Hang up now" right after the person says they are on the phone. A question whose `askIf` does
 * not hold is skipped (no questions about a connection nobody made). Questions only depend on
 * earlier answers, so the screens before the current one never change under the person.
 */
export type ChecklistStep =
  | {
      readonly kind: 'question';
      readonly question: Question;
      /** 1-based, for "Question 3 of 11". */
      readonly number: number;
      readonly total: number;
    }
  | { readonly kind: 'hang-up' }
  | { readonly kind: 'verdict' };

export function questionsOnPath(answers: Answers): Question[] {
  return questions.filter((q) => q.askIf?.(answers) ?? true);
}

export function checklistScreens(answers: Answers): ChecklistStep[] {
  const asked = questionsOnPath(answers);
  const screens: ChecklistStep[] = [];
  asked.forEach((question, index) => {
    screens.push({ kind: 'question', question, number: index + 1, total: asked.length });
    if (question.id === 'onPhone' && answers.onPhone === 'yes') screens.push({ kind: 'hang-up' });
  });
  screens.push({ kind: 'verdict' });
  return screens;
}

/** Only the answers to questions that are still on the path (an answer to a skipped question does not count). */
export function effectiveAnswers(answers: Answers): Answers {
  const kept: Partial<Record<QuestionId, Answers[QuestionId]>> = {};
  for (const q of questionsOnPath(answers)) if (answers[q.id] !== undefined) kept[q.id] = answers[q.id];
  return kept;
}

/** True once every question on the path has an answer. */
export function isComplete(answers: Answers): boolean {
  return questionsOnPath(answers).every((q) => answers[q.id] !== undefined);
}
