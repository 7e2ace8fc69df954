import { identifyBrowser, isDevToolsTitle } from '../browsers/browser-catalog';
import { sensitivePageOf, type SensitivePageKind } from '../browsers/sensitive-pages';
import { baseName } from '../catalog/process-info';
import type { Incident, IncidentReason } from '../model/incident';
import type { ScamTextInput, ScamVerdict } from '../scam-text/scam-verdict';
import type { RemoteToolRun } from '../model/remote-tools';
import type { WindowEvent } from '../model/sensor-events';
import type { Display, Bounds } from '../windows/window-info';
import { reason } from './remote-tool-policy';

/**
 * The browser-lockup policy, as a pure function like the remote-tool policy:
 * (state, window event, context) → (state, decisions). The scam-text scorer arrives in the
 * context, so the policy does not care how text is judged; the runner does the screen reading.
 */

/** The scam-text scorer (`scoreScamText`), passed in so tests can judge text their own way. */
export type ScamScorer = (input: ScamTextInput) => ScamVerdict;

export interface LockupContext {
  readonly score: ScamScorer;
  readonly remoteTools: () => readonly RemoteToolRun[];
}

interface TrackedWindow {
  readonly id: string;
  readonly browserName: string;
  readonly pid: number | null;
  readonly executable: string | null;
  readonly pageTitle: string;
  readonly fullscreen: boolean;
  readonly focused: boolean;
  readonly bounds: Bounds;
  /** The scam incident opened for this window (nothing more to find in it), or null. */
  readonly incidentId: string | null;
}

export interface LockupState {
  readonly windows: readonly TrackedWindow[];
  /** Refund-trick warnings already given, one per remote tool run and kind of page. */
  readonly correlated: readonly string[];
}

export type LockupDecision =
  | {
      readonly type: 'open-incident';
      readonly incident: Incident;
      /** Where the scam page is (for the picture the warning shows): its window and display. */
      readonly where?: { readonly display: Display | null; readonly bounds: Bounds };
    }
  /** The window that showed a scam page is gone: its warning can clear. */
  | { readonly type: 'page-gone'; readonly incidentId: string }
  /** Capture this display and read its text, then call `onScreenText`. */
  | {
      readonly type: 'read-screen';
      readonly windowId: string;
      readonly display: Display;
      readonly pageTitle: string;
    }
  | { readonly type: 'log'; readonly event: string; readonly detail: Readonly<Record<string, unknown>> };

export const initialLockupState: LockupState = { windows: [], correlated: [] };

type Result = { state: LockupState; decisions: LockupDecision[] };

function scamIncident(
  window: TrackedWindow,
  at: number,
  first: IncidentReason,
  verdict: ScamVerdict,
  ctx: LockupContext,
): Incident {
  const remote = ctx.remoteTools().find((t) => !t.allowed);
  const reasons = [first, ...verdict.reasons];
  if (remote) reasons.push(reason('reason.browser.withRemote', { tool: remote.toolName }));
  return {
    id: `browser-lockup-${window.id}-${at}`,
    kind: 'browser-lockup',
    // A scam page while a stranger can control the computer is the whole scam at work.
    severity: remote ? 'danger' : 'warning',
    title: `Scam page in ${window.browserName}`,
    reasons,
    toolId: null,
    toolName: window.browserName,
    pid: window.pid,
    processName: window.executable ? baseName(window.executable) : null,
    detectedAt: at,
    resolvedAt: null,
    resolution: null,
  };
}

const refundCodes: Readonly<Record<SensitivePageKind | 'devtools', string>> = {
  bank: 'reason.refund.bank',
  payment: 'reason.refund.payment',
  'gift-card': 'reason.refund.giftCard',
  devtools: 'reason.refund.devtools',
};

/** A bank, payment or gift-card page in front, or developer tools open, while a remote tool runs. */
function correlate(state: LockupState, window: TrackedWindow, at: number, ctx: LockupContext): Result {
  const devtools = isDevToolsTitle(window.pageTitle);
  const kind: SensitivePageKind | 'devtools' | null = devtools
    ? 'devtools'
    : window.focused
      ? sensitivePageOf(window.pageTitle)
      : null;
  if (!kind) return { state, decisions: [] };
  const decisions: LockupDecision[] = [];
  const correlated = [...state.correlated];
  for (const tool of ctx.remoteTools()) {
    if (tool.allowed) continue;
    const key = `${tool.toolId}:${tool.incidentId ?? ''}:${kind}`;
    if (correlated.includes(key)) continue;
    correlated.push(key);
    const vars = { tool: tool.toolName, browser: window.browserName };
    decisions.push({
      type: 'open-incident',
      incident: {
        id: `refund-${tool.toolId}-${kind}-${at}`,
        kind: 'remote-tool',
        severity: 'danger',
        title:
          kind === 'devtools'
            ? `Browser developer tools opened while ${tool.toolName} runs`
            : `A ${kind} page is open while ${tool.toolName} runs`,
        reasons: [reason(refundCodes[kind], vars), reason('reason.refund.trick', vars)],
        toolId: tool.toolId,
        toolName: tool.toolName,
        pid: window.pid,
        processName: window.executable ? baseName(window.executable) : null,
        detectedAt: at,
        resolvedAt: null,
        resolution: null,
      },
    });
    decisions.push({ type: 'log', event: 'browser.refund-trick', detail: { toolId: tool.toolId, kind } });
  }
  return { state: { ...state, correlated }, decisions };
}

function onWindow(
  state: LockupState,
  event: Extract<WindowEvent, { type: 'window.opened' | 'window.changed' }>,
  ctx: LockupContext,
): Result {
  const before = state.windows.find((w) => w.id === event.window.id);
  const others = state.windows.filter((w) => w.id !== event.window.id);
  const identified = identifyBrowser(event.window);
  if (!identified)
    return before ? { state: { ...state, windows: others }, decisions: [] } : { state, decisions: [] };

  const titleChanged = before?.pageTitle !== identified.pageTitle;
  let window: TrackedWindow = {
    id: event.window.id,
    browserName: identified.browser.name,
    pid: event.window.pid,
    executable: event.window.executable,
    pageTitle: identified.pageTitle,
    fullscreen: event.window.fullscreen,
    focused: event.window.focused,
    bounds: event.window.bounds,
    incidentId: before?.incidentId ?? null,
  };
  const decisions: LockupDecision[] = [];
  if (window.incidentId === null && titleChanged && identified.pageTitle !== '') {
    const verdict = ctx.score({ title: identified.pageTitle });
    if (verdict.scam) {
      const vars = { browser: window.browserName };
      const incident = scamIncident(window, event.at, reason('reason.browser.scamTitle', vars), verdict, ctx);
      decisions.push({
        type: 'open-incident',
        incident,
        where: { display: event.display, bounds: window.bounds },
      });
      window = { ...window, incidentId: incident.id };
    }
  }
  // Only a full-screen browser is read, when it becomes full screen or shows another page.
  const wentFullscreen = window.fullscreen && (before?.fullscreen !== true || titleChanged);
  if (window.incidentId === null && wentFullscreen && event.display) {
    decisions.push({
      type: 'read-screen',
      windowId: window.id,
      display: event.display,
      pageTitle: window.pageTitle,
    });
  }
  const next: LockupState = { ...state, windows: [...others, window] };
  const focusedNow = window.focused && (before?.focused !== true || titleChanged);
  const correlation =
    focusedNow || (titleChanged && isDevToolsTitle(window.pageTitle))
      ? correlate(next, window, event.at, ctx)
      : { state: next, decisions: [] };
  return { state: correlation.state, decisions: [...decisions, ...correlation.decisions] };
}

export function stepLockup(state: LockupState, event: WindowEvent, ctx: LockupContext): Result {
  if (event.type === 'window.closed') {
    const gone = state.windows.find((w) => w.id === event.id);
    const windows = state.windows.filter((w) => w.id !== event.id);
    const decisions: LockupDecision[] =
      gone?.incidentId != null ? [{ type: 'page-gone', incidentId: gone.incidentId }] : [];
    return { state: { ...state, windows }, decisions };
  }
  return onWindow(state, event, ctx);
}

/**
 * The text read from a full-screen browser's display. The page title is passed back so a page
 * that changed while the screen was read is not blamed for the old one.
 */
export function onScreenText(
  state: LockupState,
  input: {
    readonly windowId: string;
    readonly pageTitle: string;
    readonly text: string;
    readonly at: number;
  },
  ctx: LockupContext,
): Result {
  const window = state.windows.find((w) => w.id === input.windowId);
  if (!window || window.incidentId !== null || !window.fullscreen || window.pageTitle !== input.pageTitle) {
    return { state, decisions: [] };
  }
  const verdict = ctx.score({ title: window.pageTitle, text: input.text });
  if (!verdict.scam) return { state, decisions: [] };
  const incident = scamIncident(
    window,
    input.at,
    reason('reason.browser.fullscreenScam', { browser: window.browserName }),
    verdict,
    ctx,
  );
  const reported = { ...window, incidentId: incident.id };
  return {
    state: { ...state, windows: state.windows.map((w) => (w === window ? reported : w)) },
    decisions: [{ type: 'open-incident', incident }],
  };
}

/** Whether a window still deserves another look at its screen (full screen, not yet reported). */
export function stillWorthReading(state: LockupState, windowId: string, pageTitle: string): boolean {
  const window = state.windows.find((w) => w.id === windowId);
  return (
    window !== undefined && window.fullscreen && window.incidentId === null && window.pageTitle === pageTitle
  );
}
