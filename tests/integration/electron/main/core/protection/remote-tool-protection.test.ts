import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeWhere } from '../../../../../support/describe-where';
import { createTestCore, type TestCore } from '../../../../../fakes/test-core';
import { isRunningOnLinux } from '../../../../../../electron/main/core/sensors/linux-proc-source';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import type { Incident } from '../../../../../../shared/model/incident';
import { exited, startRenamed } from '../../../../../fakes/renamed-process';
import { useTempDir } from '../../../../../fakes/temp-dir';
import { FakeProcessSource } from '../../../../../fakes/fake-process-source';
import { buildWindowsFixtures, mingwMissing } from '../../../../../fakes/windows-fixtures';

function nextIncident(
  core: TestCore,
  test: (incident: Incident, event: string) => boolean,
): Promise<Incident> {
  return new Promise((resolve) => {
    const stop = core.bus.subscribe((event, payload) => {
      if ((event === 'incident.opened' || event === 'incident.updated') && test(payload as Incident, event)) {
        stop();
        resolve(payload as Incident);
      }
    });
  });
}

describe('remote-tool protection with real processes', () => {
  const tempDir = useTempDir();
  const children: ChildProcess[] = [];
  let core: TestCore | null = null;
  afterEach(async () => {
    core?.close();
    core = null;
    const running = children.splice(0);
    for (const child of running) child.kill('SIGKILL');
    await Promise.all(running.map(exited));
  });

  async function protect(settings?: string): Promise<{ core: TestCore; dir: string }> {
    const dir = tempDir();
    core = createTestCore({ dataDir: dir, logger: createMemoryLogger(), processPollMs: 100 });
    if (settings)
      expect(await core.invoke('settings.import', { text: settings })).toMatchObject({ ok: true });
    return { core, dir };
  }
  const run = (dir: string, name: string, options?: { shell?: string; folder?: string }) => {
    const child = startRenamed(name, options);
    children.push(child);
    return child;
  };

  it('warns when a process named after a Windows tool starts on Linux, and stores the incident', async () => {
    const { core, dir } = await protect();
    await core.startProtection();
    const seen = nextIncident(core, (i) => i.toolId === 'anydesk');
    const child = run(dir, 'AnyDesk.exe');
    const incident = await seen;
    expect(incident).toMatchObject({ severity: 'warning', pid: child.pid, processName: 'AnyDesk.exe' });
    expect(incident.reasons[0]?.text).toBe(
      'AnyDesk just started. It lets someone control this computer from far away.',
    );
    expect(core.incidents.get(incident.id)).toMatchObject({ id: incident.id, severity: 'warning' });
    expect(core.status().state).toBe('needs-attention');
  });

  it('reads names longer than the 15 characters Linux keeps, and reports tools already running', async () => {
    const { core, dir } = await protect();
    const early = run(dir, 'TeamViewer_Desktop.exe');
    const seen = nextIncident(core, (i) => i.toolId === 'teamviewer');
    await core.startProtection();
    const incident = await seen;
    expect(incident).toMatchObject({ pid: early.pid, processName: 'TeamViewer_Desktop.exe' });
    expect(incident.reasons[0]?.text).toMatch(/already running when Hold On started/);
  });

  it('raises a tool started during a pause when protection resumes, as if it had just started', async () => {
    const { core, dir } = await protect();
    expect(await core.invoke('pin.set', { newPin: '482913' })).toMatchObject({ ok: true });
    await core.startProtection();
    expect(await core.invoke('protection.pause', { minutes: 15, pin: '482913' })).toMatchObject({ ok: true });
    const child = run(dir, 'AnyDesk.exe');
    // The sensor sees it (it keeps looking during the pause); the policy hears nothing yet.
    await expect
      .poll(() => [...core.remote.watcher.current().values()].some((p) => p.pid === child.pid))
      .toBe(true);
    expect(core.incidents.listOpen(10)).toHaveLength(0);
    const seen = nextIncident(core, (i) => i.toolId === 'anydesk');
    expect(await core.invoke('protection.resume', {})).toMatchObject({ ok: true });
    const incident = await seen;
    expect(incident).toMatchObject({ severity: 'warning', pid: child.pid });
    expect(incident.reasons[0]?.text).toMatch(/^AnyDesk just started/);
    expect(core.status().state).toBe('needs-attention');
  });

  it('after a restart, brings back the warning left open for a tool that still runs, not a second one', async () => {
    const { core: first, dir } = await protect();
    await first.startProtection();
    const seen = nextIncident(first, (i) => i.toolId === 'anydesk');
    const child = run(dir, 'AnyDesk.exe');
    const incident = await seen;
    first.close();
    core = createTestCore({ dataDir: dir, logger: createMemoryLogger(), processPollMs: 100 });
    const again = nextIncident(core, (i, event) => i.id === incident.id && event === 'incident.updated');
    await core.startProtection();
    expect(await again).toMatchObject({ id: incident.id, pid: child.pid, resolvedAt: null });
    expect(core.incidents.listOpen(10).map((i) => i.id)).toEqual([incident.id]);
    expect(core.remote.runsNow()).toMatchObject([{ toolId: 'anydesk', incidentId: incident.id }]);
    expect(core.audit.list(5).map((e) => e.type)).toContain('incident.resumed');
  });

  it('calls out an installer started from the Downloads folder', async () => {
    const { core, dir } = await protect();
    await core.startProtection();
    const seen = nextIncident(core, (i) => i.toolId === 'ultraviewer');
    run(dir, 'UltraViewer_setup_6.6_en.exe', { folder: 'Downloads' });
    const texts = (await seen).reasons.map((r) => r.text);
    expect(texts).toContain('This looks like the UltraViewer download. Scammers tell people to download it.');
    expect(texts).toContain('It was started from the Downloads folder.');
  });

  it('stays silent on a generic name', async () => {
    const { core, dir } = await protect();
    await core.startProtection();
    const generic = run(dir, 'agent.exe');
    const later = nextIncident(core, (i) => i.toolId === 'rustdesk');
    // A tool started after the generic one: once it is reported, the generic one was seen too.
    run(dir, 'rustdesk.exe');
    await later;
    expect([...core.remote.watcher.current().values()].some((p) => p.pid === generic.pid)).toBe(true);
    expect(core.incidents.list(10).map((i) => i.toolId)).toEqual(['rustdesk']);
  });

  it('logs an allowed tool as a notice and does not ask for attention', async () => {
    const { core, dir } = await protect('{"allowedTools":[{"toolId":"teamviewer","mode":"always"}]}');
    await core.startProtection();
    const seen = nextIncident(core, (i) => i.toolId === 'teamviewer');
    run(dir, 'TeamViewer.exe');
    expect((await seen).severity).toBe('notice');
    expect(core.status().state).toBe('protected');
    expect(core.audit.list(20).some((e) => e.type === 'remote-tool.allowed')).toBe(true);
  });

  it('escalates to danger when Event Viewer and netstat open during the session', async () => {
    const { core, dir } = await protect();
    await core.startProtection();
    const opened = nextIncident(core, (i) => i.toolId === 'supremo');
    run(dir, 'Supremo.exe');
    const incident = await opened;
    const escalated = nextIncident(core, (i, event) => event === 'incident.updated' && i.id === incident.id);
    run(dir, 'eventvwr.exe');
    const danger = await escalated;
    expect(danger.severity).toBe('danger');
    expect(danger.reasons.at(-1)?.text).toMatch(/^Event Viewer opened \d+ seconds? after Supremo started/);
    const again = nextIncident(
      core,
      (i, event) => event === 'incident.updated' && i.reasons.length === danger.reasons.length + 1,
    );
    run(dir, 'netstat.exe');
    expect((await again).reasons.at(-1)?.text).toMatch(/netstat/);
  });

  it('ends the remote session: the whole process tree, verified, and resolves the incident', async () => {
    const { core, dir } = await protect();
    await core.startProtection();
    const seen = nextIncident(core, (i) => i.toolId === 'anydesk');
    // A shell named AnyDesk.exe with a child of its own, like a real tool's helper process.
    const tool = run(dir, 'AnyDesk.exe', { shell: 'sleep 60 & wait' });
    const incident = await seen;
    const child = [...core.remote.watcher.current().values()].find((p) => p.ppid === tool.pid);
    const result = await core.invoke('remoteTools.end', {});
    expect(result).toMatchObject({
      ok: true,
      value: { results: [{ toolId: 'anydesk', status: 'ended' }], stillRunning: [] },
    });
    await exited(tool);
    expect(isRunningOnLinux(tool.pid ?? -1)).toBe(false);
    if (child) expect(isRunningOnLinux(child.pid)).toBe(false);
    expect(core.incidents.get(incident.id)).toMatchObject({ resolution: 'ended-session' });
    expect(core.audit.list(10).some((e) => e.type === 'session.ended')).toBe(true);
  });

  it('in strict mode ends an unknown tool at once and says why', async () => {
    const { core, dir } = await protect('{"protection":{"level":"block"}}');
    await core.startProtection();
    const explained = nextIncident(
      core,
      (i) => i.toolId === 'rustdesk' && i.reasons.some((r) => r.code === 'reason.strict'),
    );
    const child = run(dir, 'rustdesk.exe');
    await exited(child);
    // Resolved as "blocked": the screens explain it on a calm screen that stays until closed.
    expect((await explained).resolution).toBe('blocked');
  });

  it('lists running tools for `scan`', async () => {
    const { core, dir } = await protect('{"allowedTools":[{"toolId":"anydesk"}]}');
    const child = run(dir, 'AnyDesk.exe');
    await new Promise<void>((resolve) => child.once('spawn', () => resolve()));
    const tools = await core.remote.scan();
    expect(tools).toContainEqual(
      expect.objectContaining({
        toolId: 'anydesk',
        pid: child.pid,
        processName: 'AnyDesk.exe',
        allowed: true,
      }),
    );
  });

  it('refuses settings that allow an unknown tool, naming the field', async () => {
    const { core } = await protect();
    const result = await core.invoke('settings.import', { text: '{"allowedTools":[{"toolId":"anydsk"}]}' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-settings', field: 'allowedTools[0].toolId' },
    });
  });
});

describeWhere(mingwMissing(), 'a renamed remote tool, by its file (real PE file, mingw-w64)', () => {
  const tempDir = useTempDir();
  it('warns about AnyDesk copied as notepad2.exe, and says it was found by its file', async () => {
    const source = new FakeProcessSource();
    const core = createTestCore({
      dataDir: tempDir(),
      logger: createMemoryLogger(),
      processSource: source,
      processPollMs: 50,
    });
    try {
      await core.startProtection();
      const seen = nextIncident(core, (i) => i.toolId === 'anydesk');
      const path = join(buildWindowsFixtures(), 'notepad2.exe');
      source.start(4242, 'notepad2.exe', { path });
      const incident = await seen;
      expect(incident).toMatchObject({ severity: 'warning', pid: 4242, processName: 'notepad2.exe' });
      expect(incident.reasons.map((r) => r.text)).toContain(
        'This program is called “notepad2.exe”, but its file says it is AnyDesk. Someone gave it another name.',
      );
    } finally {
      core.close();
    }
  });
});
