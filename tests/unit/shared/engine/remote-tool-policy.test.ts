import { describe, expect, it } from 'vitest';
import { remoteToolCatalog } from '../../../../electron/main/core/catalog';
import { createMatcher } from '../../../../shared/catalog/matcher';
import type { ProcessInfo } from '../../../../shared/catalog/process-info';
import {
  initialPolicyState,
  step,
  type Decision,
  type PolicyContext,
  type PolicyState,
} from '../../../../shared/engine/remote-tool-policy';
import type { ProcessEvent } from '../../../../shared/model/sensor-events';

const t0 = Date.UTC(2026, 0, 15, 10, 0, 0);
const ctx = (over: Partial<PolicyContext> = {}): PolicyContext => ({
  match: createMatcher(remoteToolCatalog),
  allowed: [],
  helpSession: null,
  strict: false,
  ...over,
});
const started = (
  pid: number,
  name: string,
  at = t0,
  extra: Partial<ProcessInfo> = {},
  initial = false,
): ProcessEvent => ({
  type: 'process.started',
  at,
  initial,
  process: { pid, ppid: 1, name, path: null, cmd: null, ...extra },
});

function run(events: ProcessEvent[], context = ctx()): { state: PolicyState; decisions: Decision[] } {
  let state = initialPolicyState;
  const decisions: Decision[] = [];
  for (const event of events) {
    const result = step(state, event, context);
    state = result.state;
    decisions.push(...result.decisions);
  }
  return { state, decisions };
}
const opened = (decisions: Decision[]) =>
  decisions.flatMap((d) => (d.type === 'open-incident' ? [d.incident] : []));
const texts = (decisions: Decision[]) => opened(decisions).flatMap((i) => i.reasons.map((r) => r.text));

describe('the remote-tool policy', () => {
  it('opens a warning with plain reasons when a scam favourite starts', () => {
    const { decisions } = run([started(10, 'AnyDesk.exe')]);
    const [incident] = opened(decisions);
    expect(incident).toMatchObject({
      kind: 'remote-tool',
      severity: 'warning',
      toolId: 'anydesk',
      pid: 10,
      detectedAt: t0,
    });
    expect(texts(decisions)).toEqual([
      'AnyDesk just started. It lets someone control this computer from far away.',
      'Scammers often use AnyDesk.',
    ]);
  });

  it('says when a tool was already running, and when it came from the Downloads folder as an installer', () => {
    expect(texts(run([started(10, 'AnyDesk.exe', t0, {}, true)]).decisions)[0]).toMatch(/already running/);
    const download = run([
      started(11, 'TeamViewerQS.exe', t0, { path: 'C:\\Users\\Ann\\Downloads\\TeamViewerQS.exe' }),
    ]);
    expect(texts(download.decisions)).toContain(
      'This looks like the TeamViewer download. Scammers tell people to download it.',
    );
    expect(texts(download.decisions)).toContain('It was started from the Downloads folder.');
  });

  it('warns about a renamed copy like any tool start, and says it was found by its file', () => {
    const renamed = run([
      started(12, 'notepad2.exe', t0, {
        path: 'C:\\Users\\Ann\\Downloads\\notepad2.exe',
        file: {
          companyName: 'AnyDesk Software GmbH',
          productName: 'AnyDesk',
          fileDescription: 'AnyDesk',
          originalFilename: 'AnyDesk.exe',
        },
      }),
    ]);
    expect(opened(renamed.decisions)[0]).toMatchObject({ toolId: 'anydesk', severity: 'warning', pid: 12 });
    expect(texts(renamed.decisions)).toEqual([
      'AnyDesk just started. It lets someone control this computer from far away.',
      'This program is called “notepad2.exe”, but its file says it is AnyDesk. Someone gave it another name.',
      'It was started from the Downloads folder.',
      'Scammers often use AnyDesk.',
    ]);
  });

  it('treats more processes of a running tool as the same session', () => {
    const { decisions, state } = run([started(10, 'TeamViewer.exe'), started(11, 'TeamViewer_Service.exe')]);
    expect(opened(decisions)).toHaveLength(1);
    expect(state.tools[0]?.processes.map((p) => p.pid)).toEqual([10, 11]);
  });

  it('escalates to danger when show-and-tell tools appear while the tool runs', () => {
    const { decisions } = run([
      started(10, 'AnyDesk.exe'),
      started(20, 'eventvwr.exe', t0 + 2000),
      started(21, 'netstat.exe', t0 + 9000),
      started(22, 'netstat.exe', t0 + 9500),
    ]);
    const escalations = decisions.filter((d) => d.type === 'escalate');
    expect(escalations).toHaveLength(2);
    expect(escalations[0]).toMatchObject({ severity: 'danger' });
    expect(escalations.map((d) => (d.type === 'escalate' ? d.reason.text : ''))).toEqual([
      'Event Viewer opened 2 seconds after AnyDesk started. Scammers open it to show you fake problems.',
      'A list of network links (netstat) opened 9 seconds after AnyDesk started. Scammers open it to show you fake problems.',
    ]);
  });

  it('opens at danger when a show-and-tell tool was already open', () => {
    const { decisions } = run([
      started(20, 'cmd.exe', t0, { cmd: 'cmd.exe /k dir /s C:\\' }),
      started(10, 'UltraViewer_Desktop.exe', t0 + 5000),
    ]);
    expect(opened(decisions)[0]?.severity).toBe('danger');
    expect(texts(decisions)).toContain(
      'A long list of files (dir /s) was open when UltraViewer started. Scammers open it to show you fake problems.',
    );
  });

  it('does not escalate without a remote tool, nor after the tool has gone', () => {
    const { decisions } = run([
      started(20, 'eventvwr.exe'),
      started(10, 'mstsc.exe', t0 + 60_000, {}),
      { type: 'process.exited', at: t0 + 61_000, pid: 10 },
      started(21, 'netstat.exe', t0 + 62_000),
    ]);
    expect(decisions.filter((d) => d.type === 'escalate')).toHaveLength(0);
    expect(decisions.some((d) => d.type === 'log' && d.event === 'remote-tool.exited')).toBe(true);
  });

  it('logs allowed tools as a notice, and a trusted-session tool only during the session', () => {
    const always = run(
      [started(10, 'TeamViewer.exe')],
      ctx({ allowed: [{ toolId: 'teamviewer', mode: 'always' }] }),
    );
    expect(opened(always.decisions)[0]?.severity).toBe('notice');
    expect(always.decisions.some((d) => d.type === 'log' && d.event === 'remote-tool.allowed')).toBe(true);
    const allowed = [{ toolId: 'teamviewer', mode: 'trusted-session' as const }];
    const during = run(
      [started(10, 'TeamViewer.exe')],
      ctx({ allowed, helpSession: { until: t0 + 60_000, toolIds: [] } }),
    );
    expect(opened(during.decisions)[0]?.severity).toBe('notice');
    const after = run(
      [started(10, 'TeamViewer.exe')],
      ctx({ allowed, helpSession: { until: t0 - 1, toolIds: [] } }),
    );
    expect(opened(after.decisions)[0]?.severity).toBe('warning');
    // An allowed session is not escalated by show-and-tell tools: the family is helping.
    const helping = run(
      [started(10, 'TeamViewer.exe'), started(20, 'regedit.exe', t0 + 1000)],
      ctx({ allowed: [{ toolId: 'teamviewer', mode: 'always' }] }),
    );
    expect(helping.decisions.filter((d) => d.type === 'escalate')).toHaveLength(0);
  });

  it('in strict mode ends unknown tools but never the ones built into Windows', () => {
    const strict = ctx({ strict: true });
    expect(run([started(10, 'AnyDesk.exe')], strict).decisions.some((d) => d.type === 'end-session')).toBe(
      true,
    );
    expect(
      run([started(10, 'QuickAssist.exe')], strict).decisions.some((d) => d.type === 'end-session'),
    ).toBe(false);
    expect(run([started(10, 'AnyDesk.exe')], ctx()).decisions.some((d) => d.type === 'end-session')).toBe(
      false,
    );
  });

  it('gives remote utilities a notice only, and ignores ordinary programs and generic names', () => {
    expect(opened(run([started(10, 'MEGAupdater.exe')]).decisions)[0]?.severity).toBe('notice');
    expect(
      run([started(10, 'chrome.exe'), started(11, 'agent.exe'), started(12, 'notepad.exe')]).decisions,
    ).toEqual([]);
  });
});
