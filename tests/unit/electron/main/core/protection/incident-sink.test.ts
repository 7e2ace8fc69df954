import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../../../../electron/main/core/audit-log';
import { createEventBus } from '../../../../../../electron/main/core/event-bus';
import type { Notifier } from '../../../../../../electron/main/core/notifier/notifier';
import {
  createIncidentSink,
  unsavedRetryMs,
} from '../../../../../../electron/main/core/protection/incident-sink';
import { createEventRepository } from '../../../../../../electron/main/core/store/event-repository';
import { createIncidentView } from '../../../../../../electron/main/core/store/unsaved-incidents';
import { migrate } from '../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../electron/main/core/store/migrations';
import { escalatedIncident, resolvedIncident } from '../../../../../../shared/engine/incident-changes';
import type { AuditEvent, Incident } from '../../../../../../shared/model/incident';
import { FakeClock } from '../../../../../fakes/fake-clock';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';

const anydesk: Incident = {
  id: 'inc-1',
  kind: 'remote-tool',
  severity: 'warning',
  title: 'AnyDesk started',
  reasons: [{ code: 'reason.toolStarted', vars: { tool: 'AnyDesk' }, text: 'AnyDesk just started.' }],
  toolId: 'anydesk',
  toolName: 'AnyDesk',
  pid: 42,
  processName: 'AnyDesk.exe',
  detectedAt: 1000,
  resolvedAt: null,
  resolution: null,
};

function setup(options: { failPlanning?: boolean } = {}) {
  const db = new BetterSqlite3(':memory:');
  migrate(db, ':memory:', migrations);
  const incidents = createIncidentView(db);
  const calls: string[] = [];
  /** Records each call, and whether it ran inside the sink's transaction. */
  const notifier: Pick<Notifier, 'queueIncident' | 'queueFollowUp' | 'queueForEvent' | 'kick'> = {
    queueIncident: (i) => {
      calls.push(`incident ${i.id} in transaction: ${db.inTransaction}`);
      if (options.failPlanning) throw new Error('planning broke');
    },
    queueFollowUp: (i: Incident, e: AuditEvent) =>
      calls.push(`follow-up ${e.type} for ${i.id} (${i.severity}) in transaction: ${db.inTransaction}`),
    queueForEvent: () => undefined,
    kick: () => calls.push(`kick in transaction: ${db.inTransaction}`),
  };
  const audit = createAuditLog({ db, events: createEventRepository(db), notifier });
  const bus = createEventBus((error) => {
    throw error;
  });
  const pushed: string[] = [];
  bus.subscribe((event, payload) => pushed.push(`${event} ${(payload as Incident).id ?? ''}`.trim()));
  let statuses = 0;
  let raises = 0;
  const degraded = new Map<string, string>();
  const clock = new FakeClock(5000);
  const sink = createIncidentSink({
    db,
    incidents,
    audit,
    notifier,
    bus,
    publishStatus: () => (statuses += 1),
    raise: () => (raises += 1),
    clock,
    logger: createMemoryLogger(),
    protection: {
      setDegraded: (part, reason) =>
        void (reason === null ? degraded.delete(part) : degraded.set(part, reason)),
    },
  });
  const stored = (id: string) =>
    db.prepare<[string], { severity: string }>('SELECT severity FROM incidents WHERE id = ?').get(id) ?? null;
  return {
    ...{ sink, incidents, audit, calls, pushed, db, clock, degraded, stored },
    statuses: () => statuses,
    raises: () => raises,
  };
}

describe('the incident sink', () => {
  it('stores a new incident with its alerts in one transaction, then sends, tells the screens and the status', () => {
    const { sink, incidents, calls, pushed, statuses, raises } = setup();
    sink.opened(anydesk);
    expect(incidents.get('inc-1')).toEqual(anydesk);
    expect(calls).toEqual(['incident inc-1 in transaction: true', 'kick in transaction: false']);
    expect(pushed).toEqual(['incident.opened inc-1']);
    // A new warning brings the warning screen back (which publishes the status with it).
    expect([raises(), statuses()]).toEqual([1, 0]);
    sink.opened({ ...anydesk, id: 'inc-n', severity: 'notice' });
    expect([raises(), statuses()]).toEqual([1, 1]);
  });

  it('writes a change and its news together: the audit event names the incident, the follow-up gets the changed incident', () => {
    const { sink, incidents, audit, calls, pushed, raises } = setup();
    sink.opened(anydesk);
    calls.length = 0;
    const reason = { code: 'reason.showAndTell', vars: {}, text: 'Event Viewer opened.' };
    const changed = sink.updated('inc-1', (i) => escalatedIncident(i, 'danger', reason), {
      type: 'incident.escalated',
      detail: { reason: reason.text },
    });
    expect(changed?.severity).toBe('danger');
    expect(incidents.get('inc-1')?.reasons.at(-1)).toEqual(reason);
    expect(audit.list(1)[0]).toMatchObject({
      type: 'incident.escalated',
      detail: { incidentId: 'inc-1', reason: 'Event Viewer opened.' },
    });
    expect(calls).toEqual([
      'follow-up incident.escalated for inc-1 (danger) in transaction: true',
      'kick in transaction: false',
    ]);
    expect(pushed.at(-1)).toBe('incident.updated inc-1');
    // The rise to danger brings the warning back, once.
    expect(raises()).toBe(2);
    sink.updated('inc-1', (i) => escalatedIncident(i, 'danger', reason));
    expect(raises()).toBe(2);
  });

  it('keeps the first resolution, and answers null for an incident it does not know', () => {
    const { sink } = setup();
    sink.opened(anydesk);
    sink.updated('inc-1', (i) => resolvedIncident(i, 'ended-session', 6000));
    const again = sink.updated('inc-1', (i) => resolvedIncident(i, 'dismissed', 7000));
    expect(again).toMatchObject({ resolution: 'ended-session', resolvedAt: 6000 });
    expect(sink.updated('nope', (i) => i)).toBeNull();
  });

  it('never loses the incident because its alerts could not be planned', () => {
    const { sink, incidents } = setup({ failPlanning: true });
    expect(() => sink.opened(anydesk)).toThrow('planning broke');
    // The notifier catches its own planning errors (notifier.ts); a sink whose notifier throws
    // anyway rolls back as one, rather than keeping half of it.
    expect(incidents.get('inc-1')).toBeNull();
  });

  it('cannot write (a read-only or full disk): the warning still shows, the incident is kept, degraded, then written with its alert', () => {
    const { sink, incidents, calls, db, clock, degraded, stored, raises, audit } = setup();
    db.pragma('query_only = ON'); // every write now fails, as on a disk that cannot take it
    sink.opened(anydesk);
    expect(raises()).toBe(1);
    expect(stored('inc-1')).toBeNull();
    // Everything that reads incidents sees it, as if it were stored.
    expect(incidents.get('inc-1')).toEqual(anydesk);
    expect(incidents.listOpen(5).map((i) => i.id)).toEqual(['inc-1']);
    expect(incidents.openFor('anydesk').map((i) => i.id)).toEqual(['inc-1']);
    expect(incidents.countOpen()).toBe(1);
    expect([...degraded.keys()]).toEqual(['storage']);
    // Its news while not written is kept too, and a rise to danger still brings the warning back.
    const reason = { code: 'reason.showAndTell', vars: {}, text: 'Event Viewer opened.' };
    sink.updated('inc-1', (i) => escalatedIncident(i, 'danger', reason), {
      type: 'incident.escalated',
      detail: { reason: reason.text },
    });
    expect(raises()).toBe(2);
    expect(incidents.get('inc-1')?.severity).toBe('danger');
    expect(calls.filter((c) => !c.startsWith('kick'))).toEqual([]);

    // Still full at the first retry; written at the next one after space comes back.
    clock.advance(unsavedRetryMs);
    expect(stored('inc-1')).toBeNull();
    db.pragma('query_only = OFF');
    clock.advance(unsavedRetryMs);
    expect(stored('inc-1')).toEqual({ severity: 'danger' });
    expect(incidents.unsaved()).toEqual([]);
    expect(degraded.size).toBe(0);
    expect(calls.filter((c) => !c.startsWith('kick'))).toEqual([
      'incident inc-1 in transaction: true',
      'follow-up incident.escalated for inc-1 (danger) in transaction: true',
    ]);
    expect(audit.list(5).map((e) => e.type)).toContain('incident.escalated');
  });

  it('a change to a stored incident that cannot be written is kept over the stored one, and a new incident tries the old first', () => {
    const { sink, incidents, db, stored, degraded } = setup();
    sink.opened(anydesk);
    db.pragma('query_only = ON');
    sink.updated('inc-1', (i) => resolvedIncident(i, 'ended-session', 6000));
    expect(stored('inc-1')).toEqual({ severity: 'warning' });
    expect(incidents.get('inc-1')?.resolution).toBe('ended-session');
    expect(incidents.listOpen(5)).toEqual([]);
    expect(incidents.countOpen()).toBe(0);
    expect(degraded.has('storage')).toBe(true);
    db.pragma('query_only = OFF');
    sink.opened({ ...anydesk, id: 'inc-2', detectedAt: 2000 });
    expect(db.prepare('SELECT id, resolution FROM incidents ORDER BY id').all()).toEqual([
      { id: 'inc-1', resolution: 'ended-session' },
      { id: 'inc-2', resolution: null },
    ]);
    expect(degraded.size).toBe(0);
  });

  it('a disk that is really full (SQLITE_FULL) is a write failure like the others', () => {
    const { sink, incidents, db, stored, degraded, raises } = setup();
    // The database may not grow: fill what it has, then a warning comes.
    db.exec('CREATE TABLE filler (x BLOB)');
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true })) + 2}`);
    expect(() => {
      for (;;) db.prepare('INSERT INTO filler VALUES (randomblob(900))').run();
    }).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
    const long = { code: 'reason.toolStarted', vars: {}, text: 'x'.repeat(5000) };
    sink.opened({ ...anydesk, reasons: [long] });
    expect(raises()).toBe(1);
    expect(stored('inc-1')).toBeNull();
    expect(incidents.listOpen(1)[0]?.id).toBe('inc-1');
    expect(degraded.has('storage')).toBe(true);
    db.exec('DROP TABLE filler');
    expect(sink.retryUnsaved()).toBe(0);
    expect(stored('inc-1')).toEqual({ severity: 'warning' });
  });

  it('an error that is not about writing still throws, and keeps nothing', () => {
    const { sink, incidents } = setup();
    sink.opened(anydesk);
    expect(() => sink.opened(anydesk)).toThrow(/UNIQUE/);
    expect(incidents.unsaved()).toEqual([]);
  });
});
