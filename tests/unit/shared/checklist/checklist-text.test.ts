import { describe, expect, it } from 'vitest';
import { composeChecklistAlert } from '../../../../shared/alerts/compose-checklist-alert';
import { questions, redFlagQuestions } from '../../../../shared/checklist/checklist-questions';
import { decideChecklist } from '../../../../shared/checklist/checklist-verdict';
import { catalogs } from '../../../../shared/i18n/i18n';
import { readability } from '../../../support/readability';

describe('what the checklist says', () => {
  it('has a question for every id and a reason for every red flag', () => {
    for (const q of questions) expect(catalogs.en[`checklist.q.${q.id}`], q.id).toBeTruthy();
    for (const q of redFlagQuestions) expect(catalogs.en[`checklist.reason.${q.id}`], q.id).toBeTruthy();
  });

  it('the checklist and message checker alone read at grade 6 or below (Flesch–Kincaid)', () => {
    const texts = Object.entries(catalogs.en)
      .filter(([key]) => /^(checklist\.|message\.|interruption\.checklist$)/.test(key))
      .map(([, text]) => text);
    const result = readability(texts);
    console.log(
      `Flesch–Kincaid grade of the ${texts.length} checklist and message strings: ${result.grade.toFixed(2)}`,
    );
    expect(result.grade).toBeLessThanOrEqual(6);
  });

  it('the summary for the family is in their language, with every answer', () => {
    const result = decideChecklist({ onPhone: 'yes', payment: 'yes', installProgram: 'no' });
    const message = composeChecklistAlert(
      result,
      Date.UTC(2026, 10, 30, 9, 30),
      { language: 'de', seniorName: 'Mama', computerName: 'Mamas Laptop', timeZone: 'UTC' },
      'k1',
    );
    expect(message.subject).toBe(
      'Hold On: Mama hat auf Mamas Laptop gefragt „Werde ich betrogen?“: Das ist Betrug',
    );
    expect(message.severity).toBe('danger');
    expect(message.body).toContain('Mama hat dabei mit ihnen telefoniert.');
    expect(message.body).toContain(
      '- Sollten Sie mit Gutscheinkarten, Kryptogeld wie Bitcoin, einer Überweisung, Bargeld für einen Boten oder Gold bezahlen? Ja',
    );
    expect(message.body).toContain('Nachrichten-ID: k1');
  });
});
