import { afterEach, describe, expect, it } from 'vitest';
import { alertsFor, createTestCore, type TestCore } from '../../../../../fakes/test-core';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import type { Incident } from '../../../../../../shared/model/incident';
import { startSmtpServer } from '../../../../../fakes/smtp-test-server';
import { useTempDir } from '../../../../../fakes/temp-dir';

const incident = (id: string, severity: Incident['severity'] = 'danger'): Incident => ({
  id,
  kind: 'remote-tool',
  severity,
  title: 'AnyDesk started',
  reasons: [{ code: 'reason.toolStarted', vars: { tool: 'AnyDesk' }, text: 'AnyDesk just started.' }],
  toolId: 'anydesk',
  toolName: 'AnyDesk',
  pid: 4242,
  processName: 'AnyDesk.exe',
  detectedAt: Date.UTC(2026, 10, 22, 14, 5),
  resolvedAt: null,
  resolution: null,
});

const settingsFor = (smtpUrl: string, to = 'ann@example.test') =>
  JSON.stringify({
    seniorName: 'Mum',
    computerName: "Mum's laptop",
    contacts: [{ name: 'Ann', language: 'en', channels: [{ type: 'email', to }] }],
    email: { smtpUrl, from: 'Hold On <holdon@example.test>' },
  });

async function waitFor<T>(check: () => T | undefined, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('caregiver alerts by email (real SMTP server with AUTH and STARTTLS)', () => {
  const tempDir = useTempDir();
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function core(dir: string, settings: string): Promise<TestCore> {
    const made = createTestCore({ dataDir: dir, logger: createMemoryLogger(), alertRetryBaseMs: 100 });
    cleanups.push(() => made.close());
    expect(await made.invoke('settings.import', { text: settings })).toMatchObject({ ok: true });
    made.notifier.start();
    return made;
  }

  it('sends a plain, actionable message over STARTTLS, once, with its idempotency key', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const c = await core(tempDir(), settingsFor(smtp.url()));
    const arrived = smtp.next((m) => m.raw.includes('inc-1:0:0'));
    c.sink.opened(incident('inc-1'));
    const mail = await arrived;
    expect(mail.secure).toBe(true);
    expect(mail.to).toEqual(['ann@example.test']);
    expect(mail.raw).toContain("Subject: Hold On: AnyDesk started on Mum's laptop");
    expect(mail.raw).toContain('Call Mum now. Mum may be on the phone with a scammer. Ask them to hang up.');
    expect(mail.raw).toMatch(/^X-HoldOn-Idempotency-Key: inc-1:0:0$/im);
    const delivery = await waitFor(() => alertsFor(c, 'inc-1').find((d) => d.status === 'sent'), 'sent');
    expect(delivery).toMatchObject({ attempts: 1, lastError: null });
    expect(smtp.alerts()).toHaveLength(1);
    // The settings the screens get never carry the password.
    const seen = await c.invoke('settings.get', {});
    expect(JSON.stringify(seen)).not.toContain('secret');
  });

  it('gives up at once on a wrong password and says why', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const c = await core(tempDir(), settingsFor(smtp.url('wrong')));
    c.sink.opened(incident('inc-2'));
    const failed = await waitFor(() => alertsFor(c, 'inc-2').find((d) => d.status === 'failed'), 'failure');
    expect(failed.lastError).toBe(
      'The mail server refused the user name or password (check "email.smtpUrl").',
    );
    expect(failed.attempts).toBe(1);
  });

  it('gives up on a refused recipient with the server reason', async () => {
    const smtp = await startSmtpServer({ refuse: /nobody@/ });
    cleanups.push(smtp.close);
    const c = await core(tempDir(), settingsFor(smtp.url(), 'nobody@example.test'));
    c.sink.opened(incident('inc-3'));
    const failed = await waitFor(() => alertsFor(c, 'inc-3').find((d) => d.status === 'failed'), 'failure');
    expect(failed.lastError).toMatch(/^The mail server refused the address: .*No such user here/);
  });

  it('keeps trying while the server is down and delivers once it is back', async () => {
    const probe = await startSmtpServer();
    const port = probe.port;
    await probe.close();
    const c = await core(
      tempDir(),
      settingsFor(`smtp://holdon:secret@127.0.0.1:${port}?requireTLS=true&tls.rejectUnauthorized=false`),
    );
    c.sink.opened(incident('inc-4'));
    await waitFor(
      () => alertsFor(c, 'inc-4').find((d) => d.attempts >= 1 && d.status === 'queued'),
      'a failed try',
    );
    expect(alertsFor(c, 'inc-4')[0]?.lastError).toMatch(/^Could not reach the mail server/);
    const smtp = await startSmtpServer({ port });
    cleanups.push(smtp.close);
    await waitFor(() => alertsFor(c, 'inc-4').find((d) => d.status === 'sent'), 'delivery');
    expect(smtp.alerts()).toHaveLength(1);
  });

  it('loses nothing when the app stops between writing and sending', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const dir = tempDir();
    // First run: the incident and its alert are written, then the app is gone before sending.
    const first = createTestCore({ dataDir: dir, logger: createMemoryLogger() });
    await first.invoke('settings.import', { text: settingsFor(smtp.url()) });
    // The notifier is not started, so the alert is written (with the incident, in one
    // transaction) but not sent: exactly the state a crash right after writing leaves.
    first.sink.opened(incident('inc-5'));
    expect(alertsFor(first, 'inc-5')).toMatchObject([{ status: 'queued', attempts: 0 }]);
    first.close();
    expect(smtp.alerts()).toHaveLength(0);
    // Second run: the queued alert goes out, once.
    const arrived = smtp.next((m) => m.raw.includes('inc-5:0:0'));
    const second = await core(dir, settingsFor(smtp.url()));
    expect((await arrived).raw).toMatch(/^X-HoldOn-Idempotency-Key: inc-5:0:0$/im);
    await waitFor(() => alertsFor(second, 'inc-5').find((d) => d.status === 'sent'), 'sent');
    expect(smtp.alerts()).toHaveLength(1);
  });

  it('sends test messages and reports each channel', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const c = await core(tempDir(), settingsFor(smtp.url()));
    const result = await c.invoke('contacts.test', { contactName: 'Ann' });
    expect(result).toMatchObject({
      ok: true,
      value: [{ contactName: 'Ann', channelType: 'email', status: 'sent' }],
    });
    expect(smtp.alerts()[0]?.raw).toContain('Subject: Hold On: test message for Ann');
  });

  it('threads follow-ups under the first message', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const c = await core(tempDir(), settingsFor(smtp.url()));
    const first = smtp.next((m) => m.raw.includes('inc-6:0:0'));
    c.sink.opened(incident('inc-6', 'warning'));
    await first;
    const followUp = smtp.next((m) => /^X-HoldOn-Kind: follow-up/im.test(m.raw));
    await c.invoke('interruption.choice', { incidentId: 'inc-6', choice: 'closed-without-choice' });
    const mail = await followUp;
    expect(mail.raw).toMatch(/^In-Reply-To: <inc-6:0:0@holdon\.invalid>$/im);
    expect(mail.raw).toMatch(/^References: <inc-6:0:0@holdon\.invalid>$/im);
    expect(mail.raw).toContain("Subject: Re: Hold On: AnyDesk started on Mum's laptop");
    expect(mail.raw).toContain('Update: Mum closed the warning without choosing.');
  });
});
