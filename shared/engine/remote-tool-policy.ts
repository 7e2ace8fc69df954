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

export interface PolicyContext {
  readonly match: (process: ProcessInfo) => ToolMatch | null;
  readonly allowed: readonly AllowedTool[];
  /** End of the current trusted help session (epoch ms), or null. */
  readonly trustedSessionUntil: number | null;
  /** Strict mode: end unknown remote tools at once, then explain. */
  readonly strict: boolean;
}

interface RunningTool {
  readonly toolId: string;
  readonly toolName: string;
  readonly abuse: AbuseClass;
  readonly pids: readonly number[];
  readonly startedAt: number;
  /** The open incident that warns about this run of the tool; null for allowed runs. */
  readonly incidentId: string | null;
  readonly severity: Severity;
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
  | { readonly type: 'log'; readonly event: string; readonly detail: Readonly<Record<string, unknown>> };

export const initialPolicyState: PolicyState = { tools: [], showAndTell: [] };

const english = translator('en');
export function reason(code: string, vars: Readonly<Record<string, string | number>> = {}): IncidentReason {
  return { code, vars, text: describeReason(english.t, code, vars) };
}

const downloadsFolder = /[\\/](downloads|descargas|téléchargements)[\\/]/i;

/** Whether the family allowed this tool at this moment: always, or during a trusted help session. */
export function isAllowed(
  toolId: string,
  at: number,
  ctx: Pick<PolicyContext, 'allowed' | 'trustedSessionUntil'>,
): 'always' | 'trusted-session' | null {
  const entry = ctx.allowed.find((a) => a.toolId === toolId);
  if (!entry) return null;
  if (entry.mode === 'always') return 'always';
  return ctx.trustedSessionUntil !== null && at < ctx.trustedSessionUntil ? 'trusted-session' : null;
}

function showAndTellReason(what: ShowAndTellTool, whatAt: number, tool: RunningTool): IncidentReason {
  const vars = { whatKey: `showAndTell.${what}`, tool: tool.toolName };
  return whatAt >= tool.startedAt
    ? reason('reason.showAndTell', {
        ...vars,
        seconds: Math.max(1, Math.round((whatAt - tool.startedAt) / 1000)),
      })
    : reason('reason.showAndTellBefore', vars);
}

function onToolStarted(
  state: PolicyState,
  event: Extract<ProcessEvent, { type: 'process.started' }>,
  match: ToolMatch,
  ctx: PolicyContext,
): { state: PolicyState; decisions: Decision[] } {
  const { tool } = match;
  const { process, at } = event;
  const running = state.tools.find((t) => t.toolId === tool.id);
  if (running) {
    // Another process of a tool already running (helpers, services): same run, same incident.
    const tools = state.tools.map((t) => (t === running ? { ...t, pids: [...t.pids, process.pid] } : t));
    return { state: { ...state, tools }, decisions: [] };
  }

  const allowed = isAllowed(tool.id, at, ctx);
  const vars = { tool: tool.name };
  const reasons: IncidentReason[] = [];
  let severity: Severity = 'warning';
  if (allowed) {
    severity = 'notice';
    reasons.push(reason(event.initial ? 'reason.toolRunning' : 'reason.toolStarted', vars));
    reasons.push(reason(allowed === 'always' ? 'reason.allowed' : 'reason.trustedSession', vars));
  } else if (tool.abuse === 'remote-utility') {
    severity = 'notice';
    reasons.push(reason('reason.utilityStarted', vars));
  } else {
    reasons.push(reason(event.initial ? 'reason.toolRunning' : 'reason.toolStarted', vars));
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
    pids: [process.pid],
    startedAt: at,
    incidentId: id,
    severity,
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
  const incident: Incident = {
    id,
    kind: 'remote-tool',
    severity: escalated.severity,
    title: `${tool.name} ${event.initial ? 'is running' : 'started'}`,
    reasons,
    toolId: tool.id,
    toolName: tool.name,
    pid: process.pid,
    processName: match.processName,
    detectedAt: at,
    resolvedAt: null,
    resolution: null,
  };
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

function onShowAndTell(
  state: PolicyState,
  event: Extract<ProcessEvent, { type: 'process.started' }>,
  what: ShowAndTellTool,
): { state: PolicyState; decisions: Decision[] } {
  const decisions: Decision[] = [];
  const tools = state.tools.map((tool) => {
    if (tool.incidentId === null || tool.severity === 'notice' || tool.reported.includes(what)) return tool;
    decisions.push({
      type: 'escalate',
      incidentId: tool.incidentId,
      severity: 'danger',
      reason: showAndTellReason(what, event.at, tool),
    });
    return { ...tool, severity: 'danger' as const, reported: [...tool.reported, what] };
  });
  const showAndTell = [...state.showAndTell, { pid: event.process.pid, tool: what, at: event.at }];
  return { state: { tools, showAndTell }, decisions };
}

export function step(
  state: PolicyState,
  event: ProcessEvent,
  ctx: PolicyContext,
): { state: PolicyState; decisions: Decision[] } {
  if (event.type === 'process.exited') {
    const decisions: Decision[] = [];
    const tools = state.tools.flatMap((tool) => {
      if (!tool.pids.includes(event.pid)) return [tool];
      const pids = tool.pids.filter((p) => p !== event.pid);
      if (pids.length > 0) return [{ ...tool, pids }];
      decisions.push({
        type: 'log',
        event: 'remote-tool.exited',
        detail: { toolId: tool.toolId, incidentId: tool.incidentId },
      });
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

/** The pids of a running tool (for ending its session). */
export function pidsOfTool(state: PolicyState, toolId: string): readonly number[] {
  return state.tools.find((t) => t.toolId === toolId)?.pids ?? [];
}
