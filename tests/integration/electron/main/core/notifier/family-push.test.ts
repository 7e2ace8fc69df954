import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { systemClock, type Clock } from '../../../../../../electron/main/core/ports/clock';
import type { ProtectionStatus } from '../../../../../../shared/model/protection';
import { waitFor } from '../../../../../fakes/http-test-server';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { startNtfyServer, type NtfyMessage, type NtfyServer } from '../../../../../fakes/ntfy-server';
import { exited, startRenamed } from '../../../../../fakes/renamed-process';
import { createTestCore, nextStatus, type TestCore } from '../../../../../fakes/test-core';
import { useTempDir } from '../../../../../fakes/temp-dir';

const pin = '246810';

/** The first channel of the first contact, as the screens see it. */
const annsPhone = (s: ProtectionStatus) => s.family.contacts[0]?.channels[0];

describe('push alerts answered from the phone (local ntfy-compatible server)', () => {
  const tempDir = useTempDir();
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A protected core whose push pairing is made the way setup makes it, and the server it uses. */
  async function paired(options: { token?: string } = {}) {
    const ntfy = await startNtfyServer({ keepaliveMs: 500, ...options });
    cleanups.push(() => ntfy.close());
    let offset = 0;
    const clock: Clock = { now: () => Date.now() + offset, setTimeout: systemClock.setTimeout };
    const core: TestCore = createTestCore({
      dataDir: tempDir(),
      logger: createMemoryLogger(),
      processPollMs: 100,
      ntfyServer: ntfy.url,
      answerRetryBaseMs: 50,
      alertWindowMs: 200,
      clock,
    });
    cleanups.push(() => core.close());
    expect(await core.invoke('pin.set', { newPin: pin })).toMatchObject({ ok: true });
    const code = await core.invoke('push.code', {});
    if (!code.ok) throw new Error(code.error.message);
    const { topic, replyTopic } = code.value;
    if (replyTopic === null) throw new Error('a new pairing has a reply topic');
    const saved = await core.invoke('settings.save', {
      pin,
      settings: {
        seniorName: 'Mum',
        seniorPhone: '+447700900456',
        contacts: [
          {
            name: 'Ann',
            channels: [
              {
                type: 'ntfy',
                topic,
                replyTopic,
                server: ntfy.url,
                ...(options.token ? { token: options.token } : {}),
              },
            ],
          },
        ],
      },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    await core.startProtection();
    await ntfy.waitForSubscriber(replyTopic);
    return { core, ntfy, topic, replyTopic, code: code.value, later: (ms: number) => void (offset += ms) };
  }

  /** A remote tool starts; resolves with its process and the push about it. */
  async function toolStarts(
    ntfy: NtfyServer,
    topic: string,
  ): Promise<{ tool: ChildProcess; push: NtfyMessage }> {
    const tool = startRenamed('AnyDesk.exe');
    const push = await ntfy.waitForMessage(topic, (m) =>
      (m.actions ?? []).some((a) => a.label === 'Allow for 1 hour'),
    );
    return { tool, push };
  }

  const ignored = (core: TestCore, why: string) =>
    waitFor(
      () => core.audit.list(50).find((e) => e.type === 'family.answer-ignored' && e.detail.why === why),
      `an answer ignored as ${why}`,
    );

  it("shows the screens the topics masked, and a saved topic's code only with the PIN", async () => {
    const { core, topic, replyTopic, code } = await paired();
    const shown = await core.invoke('settings.get', {});
    if (!shown.ok) throw new Error(shown.error.message);
    const channel = shown.value.contacts?.[0]?.channels[0];
    expect(channel).toMatchObject({
      type: 'ntfy',
      topic: expect.stringMatching(/^•••[0-9a-f]{4}$/) as string,
      replyTopic: expect.stringMatching(/^•••[0-9a-f]{4}$/) as string,
    });
    expect(JSON.stringify(shown.value)).not.toContain(topic);
    expect(JSON.stringify(shown.value)).not.toContain(replyTopic);
    expect(JSON.stringify(core.status())).not.toContain(topic);
    const masked = channel?.type === 'ntfy' ? channel.topic : '';
    const server = channel?.type === 'ntfy' ? channel.server : undefined;
    expect(await core.invoke('push.code', { topic: masked, server })).toMatchObject({
      ok: false,
      error: { code: 'pin-required' },
    });
    expect(await core.invoke('push.code', { topic: masked, server, pin: '135792' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-pin' },
    });
    expect(await core.invoke('push.code', { topic: masked, server, pin })).toMatchObject({
      ok: true,
      value: { topic, link: code.link },
    });
    // A mask that is no saved topic.
    expect(await core.invoke('push.code', { topic: '•••0000', server, pin })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // The screens send the masked settings back: the topics stay, and push still reaches Ann.
    expect(
      await core.invoke('settings.save', { pin, settings: { ...shown.value, seniorName: 'Mama' } }),
    ).toMatchObject({
      ok: true,
    });
    expect(core.settings.reveal().contacts?.[0]?.channels[0]).toMatchObject({ topic, replyTopic });
  });

  it('makes an unguessable topic and a link to it; setup says "working" only after "It arrived"', async () => {
    const { core, ntfy, topic, replyTopic, code } = await paired();
    expect(topic).toMatch(/^holdon-[a-z2-9]{20}$/);
    expect(replyTopic).toMatch(/^holdon-[a-z2-9]{20}$/);
    expect(replyTopic).not.toBe(topic);
    expect(code.link).toBe(`${ntfy.url}/${topic}`);
    expect(code.qrSvg).toMatch(/^<svg[^>]*>[\s\S]*<path/);
    expect(annsPhone(core.status())).toMatchObject({ type: 'ntfy', state: 'untested' });
    expect(core.status().family.someoneTold).toBe(false);

    const test = await core.invoke('contacts.test', { contactName: 'Ann' });
    expect(test.ok && test.value.map((d) => d.status)).toEqual(['sent']);
    // The service took it; nobody has said it arrived: not "working" yet.
    expect(annsPhone(core.status())?.state).toBe('sent');
    expect(core.status().family.someoneTold).toBe(false);

    const push = await ntfy.waitForMessage(topic);
    expect(push.title).toBe('Hold On: test message for Ann');
    expect(push.actions).toEqual([
      {
        action: 'http',
        label: 'It arrived',
        url: `${ntfy.url}/${replyTopic}`,
        method: 'POST',
        body: expect.stringMatching(/^\{"holdon":"arrived","code":"[A-Za-z0-9_-]{22}"\}$/),
        clear: true,
      },
    ]);
    const working = nextStatus(core, (s) => annsPhone(s)?.state === 'working');
    expect((await ntfy.tap(push, 'It arrived')).status).toBe(200);
    const status = await working;
    expect(status.family).toMatchObject({ someoneTold: true, contacts: [{ name: 'Ann', reachable: true }] });
  });

  it('"Allow for 1 hour" with the code of that alert starts a help session the family approved', async () => {
    const { core, ntfy, topic } = await paired();
    const { push } = await toolStarts(ntfy, topic);
    expect(push.actions?.map((a) => a.label)).toEqual(['Call Mum', 'Allow for 1 hour', 'Keep it blocked']);
    expect(push.priority).toBeGreaterThanOrEqual(4);
    // The session starts, then the running tool is looked at again under it: connected, never "protected".
    const approved = nextStatus(core, (s) => s.situation.helpSession !== null && s.state === 'connected');
    await ntfy.tap(push, 'Allow for 1 hour');
    const status = await approved;
    expect(status.situation.helpSession).toMatchObject({
      approvedBy: 'phone',
      approvedByName: 'Ann',
      toolNames: ['AnyDesk'],
    });
    expect(core.incidents.list(5)[0]).toMatchObject({ resolution: 'help-approved' });

    // The same button again: a code counts once.
    await ntfy.tap(push, 'Allow for 1 hour');
    await ignored(core, 'used');
  });

  it('ignores a made-up code, a late answer and an answer on another topic, and writes each down', async () => {
    const { core, ntfy, topic, replyTopic, later } = await paired();
    const { push } = await toolStarts(ntfy, topic);

    await ntfy.publish(replyTopic, JSON.stringify({ holdon: 'allow', code: 'A'.repeat(22) }));
    await ignored(core, 'unknown');

    const allow = push.actions?.find((a) => a.label === 'Allow for 1 hour');
    await ntfy.publish('someone-elses-topic', allow?.body ?? '');
    await ntfy.publish(topic, allow?.body ?? '');

    later(16 * 60_000);
    await ntfy.tap(push, 'Allow for 1 hour');
    await ignored(core, 'late');
    expect(core.status().situation.helpSession).toBeNull();
    expect(core.status().state).toBe('needs-attention');
  });

  it('"Keep it blocked" ends the tool', async () => {
    const { core, ntfy, topic } = await paired();
    const { tool, push } = await toolStarts(ntfy, topic);
    await ntfy.tap(push, 'Keep it blocked');
    await exited(tool);
    await waitFor(() => core.audit.list(50).find((e) => e.type === 'family.kept-blocked'), 'kept-blocked');
    await nextStatus(core, (s) => s.situation.remoteTools.length === 0);
    // The last step of acting on the answer: the warning is resolved once the tool is gone.
    await waitFor(() => core.incidents.list(5).find((i) => i.resolvedAt !== null), 'the warning resolved');
    expect(core.status().situation.helpSession).toBeNull();
  });

  it('reads the answers again after the connection to the server is lost', async () => {
    const { core, ntfy, topic, replyTopic } = await paired({ token: 'tk_family_token_123' });
    ntfy.dropStreams();
    await waitFor(() => (ntfy.subscriptions(replyTopic) >= 2 ? true : undefined), 'a second subscription');
    expect(core.notifier.answerConnections()).toMatchObject([{ topics: [replyTopic] }]);
    await core.invoke('contacts.test', { contactName: 'Ann' });
    const push = await ntfy.waitForMessage(topic);
    // The topic's access token goes with the phone's answer too.
    expect(push.actions?.[0]).toMatchObject({ headers: { Authorization: 'Bearer tk_family_token_123' } });
    const working = nextStatus(core, (s) => annsPhone(s)?.state === 'working');
    await ntfy.tap(push, 'It arrived');
    await working;
  });
});
