import { escalatedIncident } from '../../../../../../shared/engine/incident-changes';
import { alertsFor, type TestCore } from '../../../../../fakes/test-core';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../../../../electron/main/core/ports/clock';
import { alertCore, incident, webhookSecret } from '../../../../../fakes/alert-core';
import { startHttpServer, waitFor } from '../../../../../fakes/http-test-server';
import { useTempDir } from '../../../../../fakes/temp-dir';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import type { BootFacts } from '../../../../../../electron/main/core/ports/boot-facts';

interface Payload {
  idempotencyKey: string;
  inReplyTo: string | null;
  kind: string;
  event: string | null;
  severity: string;
  incidentIds: string[];
  subject: string;
  text: string;
}

/** Ann wants every severity by webhook and ntfy; Bob only wants danger, by webhook. */
const settingsFor = (base: string) => ({
  seniorName: 'Mum',
  computerName: "Mum's laptop",
  contacts: [
    {
      name: 'Ann',
      language: 'en',
      severities: ['notice', 'warning', 'danger'],
      channels: [
        { type: 'webhook', url: `${base}/ann`, secret: webhookSecret },
        { type: 'ntfy', topic: 'holdon-ann', server: base },
      ],
    },
    {
      name: 'Bob',
      language: 'de',
      severities: ['danger'],
      channels: [{ type: 'webhook', url: `${base}/bob`, secret: webhookSecret }],
    },
  ],
});

describe('no spam: threads, rate limits, burst summaries, tamper and health alerts', () => {
  const tempDir = useTempDir();
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(options: Parameters<typeof alertCore>[2] = {}, dir = tempDir()) {
    const server = await startHttpServer();
    cleanups.push(server.close);
    const core: TestCore = await alertCore(
      dir,
      settingsFor(server.url),
      { alertWindowMs: 1_000, ...options },
      () => server.received.splice(0),
    );
    cleanups.push(() => core.close());
    const payloads = (path: string): Payload[] =>
      server.received.filter((r) => r.path === path).map((r) => JSON.parse(r.body) as Payload);
    return { server, core, payloads };
  }

  it('threads follow-ups under the first alert, rate-limits them and tells a danger-only contact on escalation', async () => {
    const { server, core, payloads } = await setup();
    core.sink.opened(incident('inc-1', 'warning'));
    await waitFor(() => (payloads('/ann').length === 1 ? true : undefined), 'first alert');
    expect(payloads('/bob')).toEqual([]);

    // The senior closes the warning without choosing: a follow-up in the same thread, at once.
    expect(
      await core.invoke('interruption.choice', { incidentId: 'inc-1', choice: 'closed-without-choice' }),
    ).toMatchObject({ ok: true });
    await waitFor(() => (payloads('/ann').length === 2 ? true : undefined), 'follow-up');
    const first = payloads('/ann')[1];
    expect(first).toMatchObject({
      kind: 'follow-up',
      inReplyTo: 'inc-1:0:0',
      event: 'interruption.closed-without-choice',
    });
    expect(first?.subject).toBe("Re: Hold On: AnyDesk started on Mum's laptop");
    expect(first?.text).toContain('Mum closed the warning without choosing.');
    const ntfy = server.received.filter((r) => r.path === '/' && r.body.includes('"holdon-ann"'));
    expect(ntfy.map((r) => JSON.parse(r.body).tags)).toEqual([
      ['warning', 'holdon-inc-1'],
      ['warning', 'holdon-inc-1'],
    ]);

    // Two more choices within the minute wait, together, in one message.
    await core.invoke('interruption.choice', { incidentId: 'inc-1', choice: 'called-contact' });
    await core.invoke('interruption.choice', { incidentId: 'inc-1', choice: 'asked-for-help' });
    const sentAt = Date.now();
    await waitFor(() => (payloads('/ann').length === 3 ? true : undefined), 'rate-limited follow-up');
    expect(Date.now() - sentAt).toBeGreaterThan(500);
    const joined = payloads('/ann')[2];
    expect(joined?.text).toContain('Mum pressed the button to call Ann.');
    expect(joined?.text).toContain('Mum said someone they know is helping. Nothing was allowed');
    expect(joined?.inReplyTo).toBe('inc-1:0:0');
    // Saying so allows nothing: no help session started.
    expect(payloads('/ann').filter((p) => p.event === 'help.trusted-session')).toEqual([]);
    const deliveries = alertsFor(core, 'inc-1');
    expect(deliveries.filter((d) => d.contactName === 'Ann' && d.kind === 'follow-up')).toHaveLength(4);
    expect(deliveries.every((d) => d.incidentId === 'inc-1')).toBe(true);
  });

  it('reports an escalation to danger at once, and gives Bob (danger only) his first alert', async () => {
    const { core, payloads } = await setup();
    core.sink.opened(incident('inc-2', 'warning'));
    await waitFor(() => (payloads('/ann').length === 1 ? true : undefined), 'first alert');
    const reason = {
      code: 'reason.showAndTell',
      vars: { whatKey: 'showAndTell.eventViewer', tool: 'AnyDesk', seconds: 2 },
      text: 'Event Viewer opened 2 seconds after AnyDesk started.',
    };
    core.sink.updated('inc-2', (i) => escalatedIncident(i, 'danger', reason), {
      type: 'incident.escalated',
      detail: { reason: reason.text },
    });
    await waitFor(
      () => (payloads('/ann').length === 2 && payloads('/bob').length === 1 ? true : undefined),
      'escalation',
    );
    expect(payloads('/ann')[1]).toMatchObject({
      kind: 'follow-up',
      severity: 'danger',
      inReplyTo: 'inc-2:0:0',
    });
    expect(payloads('/ann')[1]?.text).toMatch(/^Update: this is now serious\. .*Call Mum now\./);
    expect(payloads('/bob')[0]).toMatchObject({
      kind: 'incident',
      severity: 'danger',
      idempotencyKey: 'inc-2:1:0',
      inReplyTo: null,
    });
  });

  it('turns a burst of 50 incidents in a minute into the first alert and one summary', async () => {
    // A 3-second window here (a minute in the app), so the test is short but the loop fits in it.
    const { core, payloads } = await setup({ alertWindowMs: 3_000 });
    for (let i = 0; i < 50; i += 1) core.sink.opened(incident(`burst-${i}`, 'danger'));
    await waitFor(() => (payloads('/bob').length === 2 ? true : undefined), 'summary', 10_000);
    for (const path of ['/ann', '/bob']) {
      const [first, summary] = payloads(path);
      expect(first).toMatchObject({ kind: 'incident', incidentIds: ['burst-0'] });
      expect(summary?.kind).toBe('summary');
      expect(summary?.incidentIds).toHaveLength(49);
      expect(summary?.severity).toBe('danger');
    }
    expect(payloads('/ann')[1]?.subject).toBe("Hold On: 49 more alerts on Mum's laptop");
    expect(payloads('/bob')[1]?.subject).toBe("Hold On: 49 weitere Warnungen auf Mum's laptop");
    await core.notifier.drain();
    expect(payloads('/ann')).toHaveLength(2);
  });

  it('tells every contact about pausing and PIN lockouts, whatever severities they chose', async () => {
    const { server, core, payloads } = await setup();
    await core.invoke('protection.pause', { minutes: 15 });
    await waitFor(() => (payloads('/bob').length === 1 ? true : undefined), 'pause alert');
    expect(payloads('/bob')[0]).toMatchObject({
      kind: 'tamper',
      event: 'protection.paused',
      subject: "Hold On wurde auf Mum's laptop pausiert",
    });
    expect(payloads('/bob')[0]?.text).toMatch(
      /^Der Schutz ist aus bis .+\.\n\nWenn Sie das nicht waren, rufen Sie Mum an/,
    );
    core.audit.append('pin.locked', { failures: 5, lockedUntil: Date.now() + 15 * 60_000 }, Date.now());
    await waitFor(() => (payloads('/ann').length === 2 ? true : undefined), 'lockout alert');
    expect(payloads('/ann')[1]).toMatchObject({
      kind: 'tamper',
      event: 'pin.locked',
      subject: "A wrong Hold On PIN was entered 5 times on Mum's laptop",
    });
    // Saving the same settings again changes nothing and tells nobody; a change names its field.
    await core.invoke('settings.import', { text: JSON.stringify(settingsFor(server.url)) });
    // Two changes within the minute: one message naming both.
    await core.invoke('settings.update', { country: 'GB' });
    await core.invoke('settings.update', { language: 'es' });
    await waitFor(() => (payloads('/bob').length === 3 ? true : undefined), 'settings alert', 5_000);
    expect(payloads('/bob')[2]).toMatchObject({ kind: 'tamper', event: 'settings.changed' });
    expect(payloads('/bob')[2]?.text).toMatch(
      /^Die Einstellungen von Hold On wurden auf Mum's laptop geändert\nGeändert: die Sprache der Anzeige\.[^]*\n\nDie Einstellungen von Hold On wurden auf Mum's laptop geändert\nGeändert: das Land\./,
    );
    await core.notifier.drain();
    expect(payloads('/bob')).toHaveLength(3);
  });

  it("tells the contacts from before a change too: a stranger put in the family's place, or every contact removed", async () => {
    const { server, core, payloads } = await setup();
    const settings = settingsFor(server.url);
    const stranger = {
      name: 'Steve',
      language: 'en',
      severities: ['warning', 'danger'],
      channels: [{ type: 'webhook', url: `${server.url}/steve`, secret: webhookSecret }],
    };
    // Bob is replaced by a stranger: Bob hears of it (in German), and so does the stranger.
    await core.invoke('settings.import', {
      text: JSON.stringify({ ...settings, contacts: [settings.contacts[0], stranger] }),
    });
    await waitFor(() => (payloads('/bob').length === 1 ? true : undefined), 'alert to the contact removed');
    expect(payloads('/bob')[0]).toMatchObject({ kind: 'tamper', event: 'settings.changed' });
    expect(payloads('/bob')[0]?.subject).toBe(
      "Die Einstellungen von Hold On wurden auf Mum's laptop geändert",
    );
    await waitFor(() => (payloads('/steve').length === 1 ? true : undefined), 'alert to the new contact');
    await waitFor(() => (payloads('/ann').length === 1 ? true : undefined), 'alert to the contact kept');
    // Every contact removed: those who were set up are still told.
    await core.invoke('settings.import', { text: JSON.stringify({ ...settings, contacts: [] }) });
    await waitFor(
      () => (payloads('/steve').length === 2 ? true : undefined),
      'alert after removing everyone',
    );
    await waitFor(() => (payloads('/ann').length >= 2 ? true : undefined), 'Ann told of the removal');
    expect(payloads('/ann').at(-1)).toMatchObject({ kind: 'tamper', event: 'settings.changed' });
    await core.notifier.drain();
    // Bob was no longer a contact before this change: he is not told again.
    expect(payloads('/bob')).toHaveLength(1);
  });

  it('says Hold On was not running while the computer was on, but not after the computer was off', async () => {
    const dir = tempDir();
    const hour = 3_600_000;
    const clockAt = (offset: number) => ({ ...systemClock, now: () => Date.now() + offset });
    // First run: heartbeats, then Hold On stops.
    const first = await setup({ uptimeMs: () => 10 * hour, activeMs: () => 10 * hour }, dir);
    await first.core.startProtection();
    first.core.close();
    // Two hours later, the computer was on all along (up for 12 hours): a gap alert.
    const second = await setup(
      { uptimeMs: () => 12 * hour, activeMs: () => 12 * hour, clock: clockAt(2 * hour) },
      dir,
    );
    await second.core.startProtection();
    await waitFor(() => (second.payloads('/bob').length === 1 ? true : undefined), 'gap alert');
    const gap = second.payloads('/bob')[0];
    expect(gap).toMatchObject({
      kind: 'health',
      event: 'health.gap',
      subject: "Hold On lief nicht auf Mum's laptop",
    });
    expect(gap?.text).toMatch(/^Hold On lief nicht von .+ bis .+, während der Computer an war\./);
    second.core.close();
    // Ten hours later, but the computer only started 2 minutes ago: it was switched off. No alert.
    const third = await setup(
      { uptimeMs: () => 2 * 60_000, activeMs: () => 2 * 60_000, clock: clockAt(12 * hour) },
      dir,
    );
    await third.core.startProtection();
    await third.core.notifier.drain();
    expect(third.payloads('/bob')).toEqual([]);
    expect((await third.core.invoke('events.list', { limit: 50 })).ok).toBe(true);
  });

  it('says Hold On did not close normally when it was killed, and the computer restarted hours later', async () => {
    const dir = tempDir();
    const hour = 3_600_000;
    const boot: BootFacts = { id: () => 'boot-before', lastShutdownAt: () => null, closesAtShutdown: true };
    const first = await setup({ uptimeMs: () => 10 * hour, activeMs: () => 10 * hour, boot }, dir);
    await first.core.startProtection();
    first.core.close();
    // Killed 4 hours ago: what a run in an earlier boot leaves when nothing closed it (its last
    // beat, not a closed heartbeat).
    const killedAt = Date.now() - 4 * hour;
    const db = new BetterSqlite3(join(dir, 'holdon.db'));
    db.prepare("UPDATE settings SET value = ? WHERE key = 'health.heartbeat'").run(
      JSON.stringify({ at: killedAt, active: 1, boot: 'boot-before' }),
    );
    db.close();
    // The computer restarted a minute ago (a new boot id); Hold On starts.
    const second = await setup(
      {
        uptimeMs: () => 60_000,
        activeMs: () => 60_000,
        boot: { id: () => 'boot-after', lastShutdownAt: () => null, closesAtShutdown: true },
      },
      dir,
    );
    await second.core.startProtection();
    await waitFor(() => (second.payloads('/bob').length === 1 ? true : undefined), 'unclosed alert');
    expect(second.payloads('/bob')[0]).toMatchObject({
      kind: 'health',
      event: 'health.unclosed',
      subject: "Hold On wurde auf Mum's laptop nicht normal beendet",
    });
    expect(second.payloads('/bob')[0]?.text).toMatch(
      /^Hold On lief zuletzt um .+ und wurde nicht normal beendet/,
    );
  });
});
