import type { AbuseClass } from '../catalog/catalog-types';
import type { ToolMatch } from '../catalog/matcher';
import type { ProcessInfo } from '../catalog/process-info';
import type { ProcessEvent } from '../model/sensor-events';
import { describeReason, translator } from '../i18n/i18n';
import type { Incident, IncidentReason, Severity } from '../model/incident';
import { showAndTellOf, type ShowAndTellTool } from './show-and-tell';

/**
 * The remote-access policy, as a pure function: (state, event, context) → (state, decisions).
 * No clock, no I/O: time arrives with each event, and the runner carries out the decisions.
 */

export interface AllowedTool {
  readonly toolId: string;
  /** `always`: the family's own tool; `trusted-session`: only while a help session is on. */
  readonly mode: 'always' | 'trusted-session';
}

/** A help session the family approved (with the PIN, or from their phone), and what it allows. */
export interface HelpSessionGrant {
  readonly until: number;
  /** The tools it lets run (those named on the warning it was approved on). */
  readonly toolIds: readonly string[];
}

export interface PolicyContext {
  readonly match: (process: ProcessInfo) => ToolMatch | null;
  readonly allowed: readonly AllowedTool[];
  /** The help session the family approved, or null. */
  readonly helpSession: HelpSessionGrant | null;
  /** Strict mode: end unknown remote tools at once, then explain. */
  readonly strict: boolean;
}

/** Why a run of a tool raises no warning: the family allows it always, a help session, or it is a utility. */
export type AllowedBy = 'always' | 'help-session' | 'utility';

interface RunningTool {
  readonly toolId: string;
  readonly toolName: string;
  readonly abuse: AbuseClass;
  readonly processes: readonly { readonly pid: number; readonly name: string }[];
  readonly startedAt: number;
  /** The open incident that warns about this run of the tool; null for allowed runs. */
  readonly incidentId: string | null;
  readonly severity: Severity;
  readonly allowedBy: AllowedBy | null;
  /** Show-and-tell tools already reported for this run. */
  readonly reported: readonly ShowAndTellTool[];
}

export interface PolicyState {
  readonly tools: readonly RunningTool[];
  readonly showAndTell: readonly {
    readonly pid: number;
    readonly tool: ShowAndTellTool;
    readonly at: number;
  }[];
}

export type Decision =
  | { readonly type: 'open-incident'; readonly incident: Incident }
  | {
      readonly type: 'escalate';
      readonly incidentId: string;
      readonly severity: Severity;
      readonly reason: IncidentReason;
    }
  | {
      readonly type: 'end-session';
      readonly incidentId: string;
      readonly toolId: string;
      readonly reason: IncidentReason;
    }
  /** Every open warning about this tool can clear: it is gone, nothing is left to do. */
  | { readonly type: 'tool-gone'; readonly toolId: string; readonly toolName: string }
  /** The same tool was started again while its warning is open: the warning comes back. */
  | { readonly type: 'raise'; readonly incidentId: string; readonly toolName: string }
  | { readonly type: 'log'; readonly event: string; readonly detail: Readonly<Record<string, unknown>> };

export const initialPolicyState: PolicyState = { tools: [], showAndTell: [] };

const english = translator('en');
export function reason(code: string, vars: Readonly<Record<string, string | number>> = {}): IncidentReason {
  return { code, vars, text: describeReason(english.t, code, vars) };
}

const downloadsFolder = /[\\/](downloads|descargas|téléchargements)[\\/]/i;

/** Whether the family allowed this tool at this moment: always, or during a help session. */
export function isAllowed(
  toolId: string,
  at: number,
  ctx: Pick<PolicyContext, 'allowed' | 'helpSession'>,
): 'always' | 'help-session' | null {
  const entry = ctx.allowed.find((a) => a.toolId === toolId);
  if (entry?.mode === 'always') return 'always';
  const session = ctx.helpSession;
  if (session === null || at >= session.until) return null;
  return entry?.mode === 'trusted-session' || session.toolIds.includes(toolId) ? 'help-session' : null;
}

function showAndTellReason(what: ShowAndTellTool, whatAt: number, tool: RunningTool): IncidentReason {
  const vars = { whatKey: `showAndTell.${what}`, tool: tool.toolName };
  return whatAt >= tool.startedAt
    ? reason('reason.showAndTell', {
        ...vars,
        count: Math.max(1, Math.round((whatAt - tool.startedAt) / 1000)),
      })
    : reason('reason.showAndTellBefore', vars);
}

type Step = { state: PolicyState; decisions: Decision[] };

const warned = (tool: RunningTool): boolean => tool.allowedBy === null;

function incidentFor(
  tool: { readonly id: string; readonly name: string },
  id: string,
  title: string,
  severity: Severity,
  reasons: readonly IncidentReason[],
  process: { readonly pid: number },
  processName: string,
  at: number,
): Incident {
  return {
    id,
    kind: 'remote-tool',
    severity,
    title,
    reasons,
    toolId: tool.id,
    toolName: tool.name,
    pid: process.pid,
    processName,
    detectedAt: at,
    resolvedAt: null,
    resolution: null,
  };
}

/**
 * Another process of a tool already running: the same run. A helper it starts itself (its child)
 * or a service with another name changes nothing; the same program started again by hand while
 * its warning is open (a scammer's "start AnyDesk again") brings the warning back.
 */
function onMoreOfRun(state: PolicyState, running: RunningTool, process: ProcessInfo): Step {
  const again =
    warned(running) &&
    running.incidentId !== null &&
    running.processes.some((p) => p.name === process.name) &&
    !running.processes.some((p) => p.pid === process.ppid);
  const tools = state.tools.map((t) =>
    t === running ? { ...t, processes: [...t.processes, { pid: process.pid, name: process.name }] } : t,
  );
  const decisions: Decision[] =
    again && running.incidentId !== null
      ? [
          { type: 'raise', incidentId: running.incidentId, toolName: running.toolName },
          {
            type: 'log',
            event: 'remote-tool.started-again',
            detail: { toolId: running.toolId, pid: process.pid, incidentId: running.incidentId },
          },
        ]
      : [];
  return { state: { ...state, tools }, decisions };
}

function onToolStarted(
  state: PolicyState,
  event: Extract<ProcessEvent, { type: 'process.started' }>,
  match: ToolMatch,
  ctx: PolicyContext,
): Step {
  const { tool } = match;
  const { process, at } = event;
  const running = state.tools.find((t) => t.toolId === tool.id);
  if (running) return onMoreOfRun(state, running, process);

  const allowed = isAllowed(tool.id, at, ctx);
  const allowedBy: AllowedBy | null = allowed ?? (tool.abuse === 'remote-utility' ? 'utility' : null);
  const vars = { tool: tool.name };
  const reasons: IncidentReason[] = [];
  let severity: Severity = 'warning';
  if (allowed) {
    severity = 'notice';
    reasons.push(reason(event.initial ? 'reason.toolRunning' : 'reason.toolStarted', vars));
    reasons.push(reason(allowed === 'always' ? 'reason.allowed' : 'reason.trustedSession', vars));
  } else if (allowedBy === 'utility') {
    severity = 'notice';
    reasons.push(reason('reason.utilityStarted', vars));
  } else {
    reasons.push(reason(event.initial ? 'reason.toolRunning' : 'reason.toolStarted', vars));
    if (match.via === 'file-details')
      reasons.push(reason('reason.renamed', { ...vars, process: process.name }));
    if (match.installer) reasons.push(reason('reason.installer', vars));
    if (process.path && downloadsFolder.test(process.path)) reasons.push(reason('reason.fromDownloads'));
    if (tool.abuse === 'built-in') reasons.push(reason('reason.builtIn', vars));
    if (tool.abuse === 'commonly-abused') reasons.push(reason('reason.commonlyAbused', vars));
  }

  const id = `${tool.id}-${process.pid}-${at}`;
  const runningTool: RunningTool = {
    toolId: tool.id,
    toolName: tool.name,
    abuse: tool.abuse,
    processes: [{ pid: process.pid, name: process.name }],
    startedAt: at,
    incidentId: id,
    severity,
    allowedBy,
    reported: [],
  };
  // Show-and-tell tools already open when the remote tool arrives count too.
  let escalated = runningTool;
  if (severity === 'warning') {
    for (const open of state.showAndTell) {
      if (escalated.reported.includes(open.tool)) continue;
      reasons.push(showAndTellReason(open.tool, open.at, runningTool));
      escalated = { ...escalated, reported: [...escalated.reported, open.tool], severity: 'danger' };
    }
  }
  const title = `${tool.name} ${event.initial ? 'is running' : 'started'}`;
  const incident = incidentFor(tool, id, title, escalated.severity, reasons, process, match.processName, at);
  const decisions: Decision[] = [
    { type: 'open-incident', incident },
    {
      type: 'log',
      event: allowed ? 'remote-tool.allowed' : 'remote-tool.started',
      detail: {
        toolId: tool.id,
        pid: process.pid,
        processName: match.processName,
        via: match.via,
        initial: event.initial,
      },
    },
  ];
  if (ctx.strict && !allowed && (tool.abuse === 'commonly-abused' || tool.abuse === 'enterprise-rmm')) {
    decisions.push({ type: 'end-session', incidentId: id, toolId: tool.id, reason: reason('reason.strict') });
  }
  return { state: { ...state, tools: [...state.tools, escalated] }, decisions };
}

/**
 * A show-and-tell tool opened. A warned run rises to danger. A run the family approved for a
 * help session still warns the person: a helper the family trusts has no reason to show them
 * Event Viewer, and a scammer may have talked them into the session. Tools the family always
 * allows, and remote utilities, are left alone.
 */
function onShowAndTell(
  state: PolicyState,
  event: Extract<ProcessEvent, { type: 'process.started' }>,
  what: ShowAndTellTool,
): Step {
  const decisions: Decision[] = [];
  const tools = state.tools.map((tool): RunningTool => {
    if (tool.reported.includes(what)) return tool;
    if (tool.allowedBy === 'help-session' && tool.incidentId === null) {
      const id = `${tool.toolId}-help-${event.process.pid}-${event.at}`;
      const vars = { whatKey: `showAndTell.${what}`, tool: tool.toolName };
      const first = tool.processes[0] ?? { pid: event.process.pid, name: tool.toolName };
      decisions.push({
        type: 'open-incident',
        incident: incidentFor(
          { id: tool.toolId, name: tool.toolName },
          id,
          `${tool.toolName}: a help session shows fake problems`,
          'danger',
          [reason('reason.showAndTellDuringHelp', vars), reason('reason.helpSessionStillWarns', vars)],
          first,
          first.name,
          event.at,
        ),
      });
      return { ...tool, incidentId: id, severity: 'danger', reported: [...tool.reported, what] };
    }
    if (tool.incidentId === null || !warned(tool)) return tool;
    decisions.push({
      type: 'escalate',
      incidentId: tool.incidentId,
      severity: 'danger',
      reason: showAndTellReason(what, event.at, tool),
    });
    return { ...tool, severity: 'danger', reported: [...tool.reported, what] };
  });
  const showAndTell = [...state.showAndTell, { pid: event.process.pid, tool: what, at: event.at }];
  return { state: { tools, showAndTell }, decisions };
}

export function step(state: PolicyState, event: ProcessEvent, ctx: PolicyContext): Step {
  if (event.type === 'process.exited') {
    const decisions: Decision[] = [];
    const tools = state.tools.flatMap((tool) => {
      if (!tool.processes.some((p) => p.pid === event.pid)) return [tool];
      const processes = tool.processes.filter((p) => p.pid !== event.pid);
      if (processes.length > 0) return [{ ...tool, processes }];
      decisions.push(
        {
          type: 'log',
          event: 'remote-tool.exited',
          detail: { toolId: tool.toolId, incidentId: tool.incidentId },
        },
        { type: 'tool-gone', toolId: tool.toolId, toolName: tool.toolName },
      );
      return [];
    });
    const showAndTell = state.showAndTell.filter((s) => s.pid !== event.pid);
    return { state: { tools, showAndTell }, decisions };
  }
  const match = ctx.match(event.process);
  if (match) return onToolStarted(state, event, match, ctx);
  const what = showAndTellOf(event.process);
  if (what) return onShowAndTell(state, event, what);
  return { state, decisions: [] };
}

/**
 * Looks again at every run when a help session starts or ends. A warned run the new session
 * allows is let be (its warning is resolved by whoever approved the session). Once a session is
 * over (its time is up, or the family ended it) a tool it allowed that still runs warns again, as
 * if it had just started, so nothing the session allowed stays quietly connected.
 */
export function reviewRuns(state: PolicyState, ctx: PolicyContext, at: number): Step {
  const decisions: Decision[] = [];
  const tools = state.tools.map((tool): RunningTool => {
    const allowed = isAllowed(tool.toolId, at, ctx);
    if (tool.allowedBy === null && allowed === 'help-session')
      return { ...tool, allowedBy: 'help-session', incidentId: null, severity: 'notice', reported: [] };
    if (tool.allowedBy !== 'help-session' || allowed !== null) return tool;
    const first = tool.processes[0];
    if (!first) return tool;
    const id = `${tool.toolId}-${first.pid}-${at}`;
    const vars = { tool: tool.toolName };
    decisions.push({
      type: 'open-incident',
      incident: incidentFor(
        { id: tool.toolId, name: tool.toolName },
        id,
        `${tool.toolName} is still running`,
        'warning',
        [reason('reason.helpSessionOver', vars), reason('reason.toolRunning', vars)],
        first,
        first.name,
        at,
      ),
    });
    return { ...tool, allowedBy: null, incidentId: id, severity: 'warning' };
  });
  return { state: { ...state, tools }, decisions };
}

/** The pids of a running tool (for ending its session). */
export function pidsOfTool(state: PolicyState, toolId: string): readonly number[] {
  return state.tools.find((t) => t.toolId === toolId)?.processes.map((p) => p.pid) ?? [];
}
