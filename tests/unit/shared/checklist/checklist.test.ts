import { describe, expect, it } from 'vitest';
import { checklistScreens, isComplete } from '../../../../shared/checklist/checklist-flow';
import {
  answerValues,
  questions,
  redFlagQuestions,
  type Answers,
  type QuestionId,
} from '../../../../shared/checklist/checklist-questions';
import { decideChecklist, type Verdict } from '../../../../shared/checklist/checklist-verdict';

const allNo: Answers = Object.fromEntries(questions.map((q) => [q.id, 'no']));
const withYes = (...ids: QuestionId[]): Answers => ({
  ...allNo,
  ...Object.fromEntries(ids.map((id) => [id, 'yes'])),
});

/** What the README promises for each red flag answered "Yes" while everything else is "No". */
const documented: Readonly<Record<string, Verdict>> = {
  unexpectedContact: 'careful',
  popupPhone: 'scam',
  installProgram: 'careful',
  bankWhileWatching: 'scam',
  screenBlack: 'scam',
  refundTooMuch: 'scam',
  payment: 'scam',
  secret: 'scam',
  pressure: 'careful',
  knowDetails: 'careful',
};

describe('the checklist verdict', () => {
  it('says "does not look like the usual scams" when every answer is No', () => {
    const result = decideChecklist(allNo);
    expect(result.verdict).toBe('no-red-flags');
    expect(result.redFlags).toEqual([]);
    expect(result.steps).toEqual(['checkYourself', 'tellSomeone']);
  });

  it('covers every red flag question', () => {
    expect(Object.keys(documented).sort()).toEqual(redFlagQuestions.map((q) => q.id).sort());
  });

  for (const [id, verdict] of Object.entries(documented)) {
    it(`"Yes" to ${id} alone gives "${verdict}", and names it as a reason`, () => {
      // bankWhileWatching and screenBlack are only asked when someone may have connected.
      const connected = id === 'bankWhileWatching' || id === 'screenBlack';
      const answers = connected ? withYes(id as QuestionId, 'installProgram') : withYes(id as QuestionId);
      const result = decideChecklist(answers);
      expect(result.verdict).toBe(connected ? 'scam' : verdict);
      expect(result.redFlags).toContain(id);
    });
    it(`"Not sure" to ${id} alone gives "Be careful"`, () => {
      const answers: Answers = { ...allNo, installProgram: 'not-sure', [id]: 'not-sure' };
      const result = decideChecklist(answers);
      expect(result.verdict).toBe('careful');
      expect(result.unsure).toContain(id);
    });
  }

  it('two warning signs together make a scam', () => {
    expect(decideChecklist(withYes('unexpectedContact', 'installProgram')).verdict).toBe('scam');
    expect(decideChecklist(withYes('unexpectedContact', 'pressure')).verdict).toBe('scam');
    expect(decideChecklist(withYes('installProgram', 'pressure')).verdict).toBe('scam');
    // Knowing your name does not prove anything either way: it adds caution, not certainty.
    expect(decideChecklist(withYes('unexpectedContact', 'knowDetails')).verdict).toBe('careful');
  });

  it('ignores answers to questions that were skipped', () => {
    // Nobody connected, so a stale "Yes" about a black screen does not count.
    const result = decideChecklist({ ...allNo, installProgram: 'no', screenBlack: 'yes' });
    expect(result.verdict).toBe('no-red-flags');
    expect(result.answers.screenBlack).toBeUndefined();
  });

  it('puts "hang up" first when they are still on the phone, and the bank when money is at risk', () => {
    const result = decideChecklist({
      ...withYes('onPhone', 'unexpectedContact', 'installProgram', 'bankWhileWatching', 'paidOrShared'),
    });
    expect(result.steps).toEqual([
      'hangUp',
      'doNotPay',
      'endConnection',
      'callBank',
      'changePasswords',
      'report',
      'tellSomeone',
    ]);
  });

  it('a "Be careful" adds "check for yourself" before reporting', () => {
    expect(decideChecklist(withYes('unexpectedContact')).steps).toEqual([
      'doNotPay',
      'checkYourself',
      'report',
      'tellSomeone',
    ]);
  });
});

describe('the checklist path', () => {
  it('shows "Hang up now" right after "Yes, they are on the phone", and counts only questions', () => {
    const screens = checklistScreens({ onPhone: 'yes' });
    expect(screens[0]).toMatchObject({ kind: 'question', number: 1, total: 12 });
    expect(screens[1]).toEqual({ kind: 'hang-up' });
    expect(screens[2]).toMatchObject({ kind: 'question', number: 2 });
    expect(screens.at(-1)).toEqual({ kind: 'verdict' });
    expect(checklistScreens({ onPhone: 'no' })[1]).toMatchObject({ kind: 'question', number: 2 });
  });

  it('skips the questions about a connection when nobody was asked to install anything', () => {
    const ids = (answers: Answers) =>
      checklistScreens(answers).flatMap((s) => (s.kind === 'question' ? [s.question.id] : []));
    expect(ids({ installProgram: 'no' })).not.toContain('screenBlack');
    expect(ids({ installProgram: 'no' })).not.toContain('bankWhileWatching');
    expect(ids({ installProgram: 'not-sure' })).toContain('screenBlack');
    const last = checklistScreens({ installProgram: 'no' }).at(-2);
    expect(last).toMatchObject({ kind: 'question', number: 10, total: 10 });
  });

  it('every possible path ends at a verdict with at least one next step (all paths enumerated)', () => {
    let paths = 0;
    const verdictsSeen = new Set<Verdict>();
    const walk = (answers: Answers): void => {
      const next = checklistScreens(answers).find(
        (s) => s.kind === 'question' && answers[s.question.id] === undefined,
      );
      if (!next || next.kind !== 'question') {
        expect(isComplete(answers)).toBe(true);
        const result = decideChecklist(answers);
        paths += 1;
        verdictsSeen.add(result.verdict);
        if (result.steps.length === 0) throw new Error(`no next step for ${JSON.stringify(answers)}`);
        if (result.steps.at(-1) !== 'tellSomeone') throw new Error(`not ending with someone you trust`);
        if (result.verdict !== 'no-red-flags' && !result.steps.includes('doNotPay'))
          throw new Error(`no "do not pay" for ${JSON.stringify(answers)}`);
        if (answers.onPhone === 'yes' && result.verdict !== 'no-red-flags' && result.steps[0] !== 'hangUp')
          throw new Error(`"hang up" is not first for ${JSON.stringify(answers)}`);
        return;
      }
      for (const value of answerValues) walk({ ...answers, [next.question.id]: value });
    };
    walk({});
    // 3 answers each to 12 questions, minus the 2 skipped when nobody was asked to install anything.
    expect(paths).toBe(27 * (3 ** 6 + 2 * 3 ** 8));
    expect([...verdictsSeen].sort()).toEqual(['careful', 'no-red-flags', 'scam']);
  });
});
