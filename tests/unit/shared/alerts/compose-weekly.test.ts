import { describe, expect, it } from 'vitest';
import { composeWeekly } from '../../../../shared/alerts/compose-weekly';

const quiet = { protectedHours: 41, remoteToolWarnings: 0, scamPageWarnings: 0, alertsSent: 0, pauses: 0 };
const busy = { protectedHours: 1, remoteToolWarnings: 2, scamPageWarnings: 1, alertsSent: 5, pauses: 1 };
const ctx = (language: 'en' | 'es' | 'de') => ({ language, seniorName: 'Mum', computerName: "Mum's laptop" });

describe('the weekly "all is well" message', () => {
  it('says in each language how long the computer was protected and that nothing happened', () => {
    expect(composeWeekly(quiet, ctx('en'), 'weekly-1:0:0')).toMatchObject({
      subject: "Hold On: all is well on Mum's laptop",
      severity: 'notice',
      language: 'en',
    });
    const bodies = (['en', 'es', 'de'] as const).map((l) => composeWeekly(quiet, ctx(l), 'k').body);
    expect(bodies[0]).toContain("Hold On protected Mum's laptop for 41 hours this week.");
    expect(bodies[1]).toContain("Hold On protegió Mum's laptop durante 41 horas esta semana.");
    expect(bodies[2]).toContain("Hold On hat Mum's laptop diese Woche 41 Stunden lang geschützt.");
    expect(bodies[1]).toContain('No pasó nada sospechoso.');
    expect(bodies[2]).toContain('Es ist nichts Verdächtiges passiert.');
    // Every week, so its absence is news: each language says so.
    expect(bodies[0]).toMatch(/If it stops coming/);
    expect(bodies[1]).toMatch(/Si deja de llegar/);
    expect(bodies[2]).toMatch(/Wenn sie ausbleibt/);
  });

  it('counts the warnings, the alerts and the pauses of a busy week', () => {
    const { subject, body } = composeWeekly(busy, ctx('en'), 'weekly-2:0:0');
    expect(subject).toBe("Hold On: this week on Mum's laptop");
    expect(body.split('\n')).toEqual([
      "Hold On protected Mum's laptop for 1 hour this week.",
      '',
      'Warnings about remote-control programs: 2',
      'Warnings about scam pages: 1',
      'Alerts sent to the family: 5',
      'Protection was paused once.',
      '',
      'This message comes every week. If it stops coming, Hold On may not be running: please check on Mum.',
      '',
      'Sent by Hold On. Message id: weekly-2:0:0',
    ]);
  });
});
