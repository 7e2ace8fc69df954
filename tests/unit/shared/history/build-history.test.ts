import { describe, expect, it } from 'vitest';
import { buildHistory } from '../../../../shared/history/build-history';
import { historyToCsv } from '../../../../shared/history/history-csv';
import type { Delivery } from '../../../../shared/model/alert';
import type { Incident } from '../../../../shared/model/incident';

const incident: Incident = {
  id: 'i1',
  kind: 'remote-tool',
  severity: 'warning',
  title: 'AnyDesk started',
  reasons: [],
  toolId: 'anydesk',
  toolName: 'AnyDesk',
  pid: 42,
  processName: 'AnyDesk.exe',
  detectedAt: 1000,
  resolvedAt: null,
  resolution: null,
};
const delivery = (
  id: number,
  status: Delivery['status'],
  lastError: string | null,
  errorCode: Delivery['errorCode'] = null,
): Delivery => ({
  id,
  idempotencyKey: `i1:0:${id}`,
  incidentId: 'i1',
  kind: 'incident',
  contactName: 'Ann',
  channelType: 'email',
  channelTarget: 'ann@example.test',
  message: { subject: 's', body: 'b', severity: 'warning', language: 'en' },
  status,
  attempts: 1,
  nextAttemptAt: 0,
  createdAt: 1000 + id,
  sentAt: status === 'sent' ? 2000 : null,
  lastError,
  errorCode,
});

const input = {
  incidents: [incident],
  deliveries: [
    delivery(1, 'sent', null),
    delivery(2, 'failed', 'Invalid login: 535-5.7.8 Username and Password not accepted', 'mail-login'),
  ],
  events: [
    { id: 1, at: 500, type: 'protection.paused', detail: { minutes: 15, until: 900 } },
    { id: 2, at: 900, type: 'protection.resumed', detail: { reason: 'timer' } },
    { id: 3, at: 3000, type: 'pin.locked', detail: { failures: 5, lockedUntil: 303000 } },
    { id: 4, at: 1500, type: 'interruption.closed-without-choice', detail: { incidentId: 'i1' } },
    { id: 5, at: 1600, type: 'something.new', detail: {} },
  ],
};

describe('the history', () => {
  it('merges incidents, actions, alerts, pauses and PIN events, newest first', () => {
    const all = buildHistory(input, { limit: 100 });
    expect(all.map((e) => [e.type, e.text])).toEqual([
      ['pin', 'PIN locked after 5 wrong tries'],
      ['app', 'something.new'],
      ['action', 'Closed the warning without choosing'],
      [
        'alert',
        'Alert to Ann (email ann@example.test): not sent: The e-mail account refused the address or app password: type them again.',
      ],
      ['alert', 'Alert to Ann (email ann@example.test): sent'],
      ['incident', 'Warning: AnyDesk started'],
      ['pause', 'Protection started again by itself'],
      ['pause', 'Protection paused for 15 minutes'],
    ]);
    // What a person reads is a plain sentence; the server's own words stay in the log.
    expect(all[3]).toMatchObject({
      status: 'failed',
      reason: 'The e-mail account refused the address or app password: type them again.',
    });
    expect(JSON.stringify(all)).not.toContain('535-5.7.8');
  });

  it('filters by type and limits', () => {
    expect(buildHistory(input, { type: 'pause', limit: 100 }).map((e) => e.code)).toEqual([
      'event.protection.resumed.timer',
      'event.protection.paused',
    ]);
    expect(buildHistory(input, { limit: 2 })).toHaveLength(2);
  });

  it('exports CSV a spreadsheet opens safely: quoted, with formulas disarmed', () => {
    const csv = historyToCsv([
      ...buildHistory(input, { type: 'alert', limit: 1 }),
      { id: 'x', at: 0, type: 'app', code: 'event.other', vars: {}, text: '=HYPERLINK("evil")' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      '"time","type","what","status","reason"',
      '"1970-01-01T00:00:01.002Z","alert","Alert to Ann (email ann@example.test): not sent: The e-mail account refused the address or app password: type them again.","failed","The e-mail account refused the address or app password: type them again."',
      '"1970-01-01T00:00:00.000Z","app","\'=HYPERLINK(""evil"")","",""',
      '',
    ]);
  });
});
