import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProtectionStatus } from '../../../../../../shared/model/protection';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { exited, startRenamed } from '../../../../../fakes/renamed-process';
import { createTestCore, nextStatus, type TestCore } from '../../../../../fakes/test-core';
import { useTempDir } from '../../../../../fakes/temp-dir';

const pin = '246810';

const toolIds = (status: ProtectionStatus) => status.situation.remoteTools.map((t) => t.toolId).sort();

describe('one warning for the whole situation (real processes)', () => {
  const tempDir = useTempDir();
  let core: TestCore | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  async function protect(): Promise<TestCore> {
    core = createTestCore({ dataDir: tempDir(), logger: createMemoryLogger(), processPollMs: 100 });
    expect(await core.invoke('pin.set', { newPin: pin })).toMatchObject({ ok: true });
    await core.startProtection();
    return core;
  }

  it('names every remote tool running, ends them all, and then nothing is connected', async () => {
    const core = await protect();
    const both = nextStatus(core, (s) => toolIds(s).join() === 'anydesk,teamviewer');
    const tools: ChildProcess[] = [startRenamed('AnyDesk.exe'), startRenamed('TeamViewer.exe')];
    const seen = await both;
    expect(seen.situation.incidents).toHaveLength(2);
    expect(seen.state).toBe('needs-attention');
    const ended = await core.invoke('remoteTools.end', {});
    expect(ended.ok && ended.value.results.map((r) => [r.toolId, r.status]).sort()).toEqual([
      ['anydesk', 'ended'],
      ['teamviewer', 'ended'],
    ]);
    expect(ended.ok && ended.value.stillRunning).toEqual([]);
    await Promise.all(tools.map(exited));
    const calm = await nextStatus(core, (s) => s.state === 'protected');
    expect(calm.situation).toMatchObject({ remoteTools: [], incidents: [] });
  });

  it('clears a warning by itself when its tool is gone, and says so in the history', async () => {
    const core = await protect();
    const warned = nextStatus(core, (s) => s.situation.incidents.length === 1);
    const tool = startRenamed('AnyDesk.exe');
    const incident = (await warned).situation.incidents[0];
    const calm = nextStatus(core, (s) => s.state === 'protected');
    tool.kill('SIGKILL');
    await calm;
    expect(core.incidents.get(incident?.id ?? '')).toMatchObject({ resolution: 'tool-gone' });
    expect(core.audit.list(20).some((e) => e.type === 'incident.cleared')).toBe(true);
  });

  it('brings the warning back when the same tool is started again, and when it rises to danger', async () => {
    const core = await protect();
    const first = await Promise.all([
      nextStatus(core, (s) => s.situation.incidents.length === 1),
      Promise.resolve(startRenamed('AnyDesk.exe')),
    ]);
    const raised = first[0].situation.raise;
    const again = nextStatus(core, (s) => s.situation.raise > raised);
    startRenamed('AnyDesk.exe');
    expect((await again).situation.incidents).toHaveLength(1);
    const danger = nextStatus(core, (s) => s.situation.severity === 'danger');
    const before = (await again).situation.raise;
    startRenamed('eventvwr.exe');
    expect((await danger).situation.raise).toBeGreaterThan(before);
  });

  it('lets a help session start only with the family PIN; a bar stays, and Event Viewer still warns', async () => {
    const core = await protect();
    const warned = nextStatus(core, (s) => s.situation.incidents.length === 1);
    const tool = startRenamed('AnyDesk.exe');
    await warned;
    expect(await core.invoke('help.approve', {})).toMatchObject({
      ok: false,
      error: { code: 'pin-required' },
    });
    expect(await core.invoke('help.approve', { pin: '135790' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-pin' },
    });
    const approved = await core.invoke('help.approve', { pin });
    expect(approved).toMatchObject({
      ok: true,
      value: { state: 'connected', situation: { incidents: [], helpSession: { approvedBy: 'pin' } } },
    });
    expect(approved.ok && approved.value.situation.helpSession?.toolNames).toEqual(['AnyDesk']);
    // The family hears of it (a tamper alert), and the person's screens say someone is connected.
    expect(core.audit.list(20).some((e) => e.type === 'help.trusted-session')).toBe(true);
    const danger = nextStatus(core, (s) => s.situation.severity === 'danger');
    startRenamed('eventvwr.exe');
    expect((await danger).situation.incidents[0]?.reasons[0]?.code).toBe('reason.showAndTellDuringHelp');
    const ended = await core.invoke('help.end', {});
    expect(ended).toMatchObject({ ok: true, value: { results: [{ toolId: 'anydesk', status: 'ended' }] } });
    await exited(tool);
    expect(core.status().situation.helpSession).toBeNull();
  });

  it('clears, at start, a warning left open from before whose tool is gone', async () => {
    const dir = tempDir();
    const first = createTestCore({ dataDir: dir, logger: createMemoryLogger(), processPollMs: 100 });
    await first.startProtection();
    const warned = nextStatus(first, (s) => s.situation.incidents.length === 1);
    const tool = startRenamed('AnyDesk.exe');
    const incident = (await warned).situation.incidents[0];
    first.close();
    tool.kill('SIGKILL');
    await exited(tool);
    core = createTestCore({ dataDir: dir, logger: createMemoryLogger(), processPollMs: 100 });
    await core.startProtection();
    expect(core.incidents.get(incident?.id ?? '')).toMatchObject({ resolution: 'tool-gone' });
    expect(core.status().state).toBe('protected');
  });
});
