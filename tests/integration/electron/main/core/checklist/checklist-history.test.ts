import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../../../../fakes/test-core';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { startSmtpServer } from '../../../../../fakes/smtp-test-server';
import { useTempDir } from '../../../../../fakes/temp-dir';
import type { Channel, RequestOf, ResponseOf } from '../../../../../../shared/ipc/contract';

/** A typed call through the core's contract that fails the test on an error result. */
async function call<C extends Channel>(
  c: TestCore,
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const result = await c.invoke(channel, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ResponseOf<C>;
}

/** A realistic refund-scam call: "Microsoft" rang, had AnyDesk installed, the screen went black. */
const scamAnswers = {
  onPhone: 'yes',
  unexpectedContact: 'yes',
  popupPhone: 'no',
  installProgram: 'yes',
  bankWhileWatching: 'yes',
  screenBlack: 'yes',
  refundTooMuch: 'yes',
  payment: 'yes',
  secret: 'not-sure',
  pressure: 'yes',
  knowDetails: 'no',
  paidOrShared: 'no',
} as const;

describe('the checklist history and "Send this to Ann"', () => {
  const tempDir = useTempDir();
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function core(settings?: unknown): TestCore {
    const made = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), alertRetryBaseMs: 100 });
    cleanups.push(() => made.close());
    if (settings) made.settings.save(settings as never);
    return made;
  }

  it('saves each completed check with its verdict and red flags, and writes an audit event', async () => {
    const c = core();
    const saved = await call(c, 'checklist.record', { answers: scamAnswers });
    expect(saved).toMatchObject({
      verdict: 'scam',
      redFlags: [
        'unexpectedContact',
        'installProgram',
        'bankWhileWatching',
        'screenBlack',
        'refundTooMuch',
        'payment',
        'pressure',
      ],
      sharedAt: null,
    });
    expect(saved.steps[0]).toBe('hangUp');
    const history = await call(c, 'checklist.list', {});
    expect(history).toMatchObject([{ id: saved.id, verdict: 'scam' }]);
    const events = await call(c, 'events.list', {});
    expect(events[0]).toMatchObject({
      type: 'checklist.completed',
      detail: { resultId: saved.id, verdict: 'scam', onPhone: 'yes' },
    });
  });

  it('works the verdict out itself and refuses answers that are not Yes, No or Not sure', async () => {
    const c = core();
    const harmless = await c.invoke('checklist.record', { answers: { onPhone: 'no', payment: 'no' } });
    expect(harmless).toMatchObject({ ok: true, value: { verdict: 'no-red-flags', redFlags: [] } });
    const bad = await c.invoke('checklist.record', { answers: { payment: 'maybe' } } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const unknown = await c.invoke('checklist.record', { answers: { favouriteColour: 'yes' } } as never);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('sends the summary to the trusted contact by email, in their language, and records that it did', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const c = core({
      seniorName: 'Mum',
      computerName: "Mum's laptop",
      contacts: [
        {
          name: 'Ann',
          language: 'en',
          severities: ['danger'],
          channels: [{ type: 'email', to: 'ann@example.test' }],
        },
      ],
      email: { smtpUrl: smtp.url(), from: 'Hold On <holdon@example.test>' },
    });
    c.notifier.start();
    const saved = await call(c, 'checklist.record', { answers: scamAnswers });
    const arrived = smtp.next();
    const queued = await c.invoke('checklist.share', { id: saved.id });
    expect(queued).toMatchObject({
      ok: true,
      value: [
        {
          contactName: 'Ann',
          kind: 'checklist',
          message: {
            subject: 'Hold On: Mum asked "Am I being scammed?" on Mum\'s laptop: This is a scam',
            severity: 'danger',
          },
        },
      ],
    });
    const mail = await arrived;
    expect(mail.to).toEqual(['ann@example.test']);
    const body = mail.raw.replace(/=\r?\n/g, '');
    expect(body).toContain('Please call Mum soon.');
    expect(body).toContain('Mum was on the phone with them at the time.');
    expect(body).toContain('Did your screen go black while they were connected? Yes');
    const history = await call(c, 'checklist.list', {});
    expect(history[0]?.sharedAt).toEqual(expect.any(Number));
    const events = await call(c, 'events.list', {});
    expect(events[0]).toMatchObject({
      type: 'checklist.shared',
      detail: { resultId: saved.id, contacts: ['Ann'] },
    });
    // Sent again and again (a caller insisting): after three, the family's inbox is spared.
    for (let i = 0; i < 2; i += 1)
      expect(await c.invoke('checklist.share', { id: saved.id })).toMatchObject({ ok: true });
    expect(await c.invoke('checklist.share', { id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    });
  });

  it('says plainly when there is nobody to send it to, or no such check', async () => {
    const c = core();
    const saved = await call(c, 'checklist.record', { answers: scamAnswers });
    expect(await c.invoke('checklist.share', { id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'no trusted contacts are set up' },
    });
    expect(await c.invoke('checklist.share', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'no checklist result nope' },
    });
  });

  it('checks a pasted message through the same contract', async () => {
    const c = core();
    const result = await c.invoke('message.check', {
      text: 'Install AnyDesk and buy Google Play gift cards. Read me the numbers on the back.',
    });
    expect(result).toMatchObject({ ok: true, value: { verdict: 'scam' } });
    expect(await c.invoke('message.check', { text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', field: 'text' },
    });
  });
});
