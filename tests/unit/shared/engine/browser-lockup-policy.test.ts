import { describe, expect, it } from 'vitest';
import {
  initialLockupState,
  onScreenText,
  stepLockup,
  type LockupContext,
  type LockupDecision,
  type LockupState,
} from '../../../../shared/engine/browser-lockup-policy';
import type { RemoteToolRun } from '../../../../shared/model/remote-tools';
import type { WindowEvent } from '../../../../shared/model/sensor-events';
import { scoreScamText } from '../../../../shared/scam-text/score-scam-text';
import type { WindowInfo } from '../../../../shared/windows/window-info';

const display = { id: 'root', bounds: { x: 0, y: 0, width: 1280, height: 800 } };
const at = Date.UTC(2026, 0, 15, 10, 0, 0);

function win(overrides: Partial<WindowInfo> = {}): WindowInfo {
  return {
    id: '0x400003',
    title: 'New Tab - Google Chrome',
    pid: 4242,
    executable: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    bounds: { x: 100, y: 100, width: 900, height: 600 },
    fullscreen: false,
    focused: true,
    ...overrides,
  };
}

function context(remote: RemoteToolRun[] = []): LockupContext {
  return { score: scoreScamText, remoteTools: () => remote };
}

function run(events: WindowEvent[], ctx = context(), start: LockupState = initialLockupState) {
  let state = start;
  const decisions: LockupDecision[] = [];
  for (const event of events) {
    const result = stepLockup(state, event, ctx);
    state = result.state;
    decisions.push(...result.decisions);
  }
  return { state, decisions };
}

const opened = (window: WindowInfo, t = at): WindowEvent => ({
  type: 'window.opened',
  at: t,
  window,
  display,
});
const changed = (window: WindowInfo, t = at): WindowEvent => ({
  type: 'window.changed',
  at: t,
  window,
  display,
});
const incidents = (decisions: LockupDecision[]) =>
  decisions.flatMap((d) => (d.type === 'open-incident' ? [d.incident] : []));

const scamTitle =
  'Windows Defender Security Warning - Your computer is blocked - Call +1-833-864-4143 - Google Chrome';
const anydesk: RemoteToolRun = {
  toolId: 'anydesk',
  toolName: 'AnyDesk',
  incidentId: 'a-1',
  allowed: false,
};

describe('browser lockup policy', () => {
  it('a scam title in a browser opens a warning at once, with the scorer reasons, once per window', () => {
    const { decisions } = run([
      opened(win()),
      changed(win({ title: scamTitle })),
      changed(win({ title: `${scamTitle} ` })),
    ]);
    const [incident, ...more] = incidents(decisions);
    expect(more).toEqual([]);
    expect(incident).toMatchObject({
      kind: 'browser-lockup',
      severity: 'warning',
      title: 'Scam page in Google Chrome',
      toolId: null,
      toolName: 'Google Chrome',
      pid: 4242,
      processName: 'chrome.exe',
    });
    expect(incident?.reasons[0]?.text).toBe('A Google Chrome window shows a page that looks like a scam.');
    expect(incident?.reasons.map((r) => r.code)).toContain('scamText.reason.blocked');
    expect(decisions.some((d) => d.type === 'read-screen')).toBe(false);
  });

  it('the same title in a program that is not a browser is not judged', () => {
    const { decisions } = run([opened(win({ executable: '/usr/bin/gedit', title: scamTitle }))]);
    expect(decisions).toEqual([]);
  });

  it('a browser going full screen asks for one reading of its display, and a new page asks again', () => {
    const normal = win({ title: 'Resolving Blue Screen Errors - Google Chrome' });
    const full = { ...normal, fullscreen: true, bounds: display.bounds };
    const { decisions, state } = run([opened(normal), changed(full), changed({ ...full, focused: false })]);
    expect(decisions).toEqual([
      { type: 'read-screen', windowId: normal.id, display, pageTitle: 'Resolving Blue Screen Errors' },
    ]);
    const next = run([changed({ ...full, title: 'Other page - Google Chrome' })], context(), state);
    expect(next.decisions).toEqual([
      { type: 'read-screen', windowId: normal.id, display, pageTitle: 'Other page' },
    ]);
  });

  it('no full-screen browser, no reading', () => {
    const { decisions } = run([opened(win()), changed(win({ title: 'BBC News - Google Chrome' }))]);
    expect(decisions).toEqual([]);
  });

  it('scam text on a full-screen page opens a warning; harmless text does not', () => {
    const full = win({
      title: 'Resolving Blue Screen Errors - Google Chrome',
      fullscreen: true,
      bounds: display.bounds,
    });
    const { state } = run([opened(full)]);
    const harmless = onScreenText(
      state,
      {
        windowId: full.id,
        pageTitle: 'Resolving Blue Screen Errors',
        text: 'Grandma at the beach, summer 2024',
        at,
      },
      context(),
    );
    expect(harmless.decisions).toEqual([]);
    const scam = onScreenText(
      state,
      {
        windowId: full.id,
        pageTitle: 'Resolving Blue Screen Errors',
        text: 'VIRUS ALERT FROM MICROSOFT\nThis computer is BLOCKED\nDo not close this window\nMicrosoft Security Tollfree: +1-833-864-4143',
        at,
      },
      context(),
    );
    const [incident] = incidents(scam.decisions);
    expect(incident?.reasons[0]?.text).toBe(
      'A Google Chrome page filled the whole screen with a fake warning.',
    );
    // Text read from a page that has changed meanwhile is not held against the new page.
    const stale = onScreenText(
      state,
      { windowId: full.id, pageTitle: 'Old page', text: 'This computer is BLOCKED call +1-833-864-4143', at },
      context(),
    );
    expect(stale.decisions).toEqual([]);
  });

  it('a scam page while a remote tool runs is danger, and says so', () => {
    const [incident] = incidents(run([opened(win({ title: scamTitle }))], context([anydesk])).decisions);
    expect(incident?.severity).toBe('danger');
    expect(incident?.reasons.at(-1)?.text).toBe(
      'AnyDesk is running too. Someone may be controlling your computer.',
    );
  });

  it('a bank page in front while a remote tool runs: the refund trick, once per tool run', () => {
    const bank = win({ title: 'Chase Online Banking - Google Chrome' });
    const { decisions } = run(
      [opened(bank), changed({ ...bank, focused: false }), changed(bank)],
      context([anydesk]),
    );
    const found = incidents(decisions);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'remote-tool',
      severity: 'danger',
      toolId: 'anydesk',
      toolName: 'AnyDesk',
    });
    expect(found[0]?.reasons.map((r) => r.code)).toEqual(['reason.refund.bank', 'reason.refund.trick']);
  });

  it('a bank page behind other windows, or with no remote tool, or with an allowed one, is fine', () => {
    const bank = win({ title: 'Chase Online Banking - Google Chrome' });
    expect(incidents(run([opened({ ...bank, focused: false })], context([anydesk])).decisions)).toEqual([]);
    expect(incidents(run([opened(bank)]).decisions)).toEqual([]);
    expect(incidents(run([opened(bank)], context([{ ...anydesk, allowed: true }])).decisions)).toEqual([]);
  });

  it('developer tools opening while a remote tool runs: danger, even behind other windows', () => {
    const devtools = win({
      id: '0x500001',
      title: 'DevTools - www.chase.com/accounts - Google Chrome',
      focused: false,
    });
    const [incident] = incidents(run([opened(devtools)], context([anydesk])).decisions);
    expect(incident?.reasons.map((r) => r.text)).toEqual([
      'A tool that can change what a web page shows opened while AnyDesk is running.',
      'Scammers do this to fake a refund. Then they ask you to send money back. Do not send money. Do not buy gift cards.',
    ]);
  });

  it('forgets closed windows: the same scam page opening again is reported again', () => {
    const first = run([opened(win({ title: scamTitle })), { type: 'window.closed', at, id: '0x400003' }]);
    expect(first.state.windows).toEqual([]);
    const again = run([opened(win({ title: scamTitle }), at + 1000)], context(), first.state);
    expect(incidents(again.decisions)).toHaveLength(1);
  });
});
