import { translator, type MessageKey } from '../i18n/i18n';
import type { AlertKind, Delivery } from '../model/alert';
import type { HistoryEntry, HistoryType } from '../model/history';

/** The parts of Hold On whose failure and recovery have their own sentence in the history. */
const namedParts = new Set(['secrets', 'store', 'storage', 'startup']);
import type { AuditEvent, Incident } from '../model/incident';

const str = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** Already shown by the incident's own line. */
const repeats = new Set(['remote-tool.started']);

function fromIncident(incident: Incident): HistoryEntry {
  return {
    id: `incident:${incident.id}`,
    at: incident.detectedAt,
    type: 'incident',
    // A remote tool's line is said in each language; other kinds use their (English) title.
    code: incident.toolName ? `incident.tool.${incident.severity}` : `incident.${incident.severity}`,
    vars: { title: incident.title, tool: incident.toolName ?? '' },
    text: `${incident.severity === 'notice' ? 'Noticed' : 'Warning'}: ${incident.title}`,
  };
}

const alertWhat: Readonly<Record<AlertKind, string>> = {
  incident: 'Alert',
  'follow-up': 'Follow-up alert',
  summary: 'Summary alert',
  tamper: 'Protection alert',
  health: 'Status alert',
  checklist: 'Checklist result',
  test: 'Test alert',
  weekly: 'Weekly message',
};

/** Why an alert was not sent, as a person reads it (the service's own words stay in the log). */
const reasonKey = (d: Delivery): MessageKey | null =>
  d.status === 'sent' || (d.errorCode === null && d.lastError === null)
    ? null
    : d.errorCode
      ? (`delivery.reason.${d.errorCode}` as MessageKey)
      : 'delivery.reason.other';

function fromDelivery(d: Delivery): HistoryEntry {
  const where = `${d.contactName} (${d.channelType} ${d.channelTarget})`;
  const what = alertWhat[d.kind];
  const key = reasonKey(d);
  const reason = key ? translator('en').t(key) : '';
  const state = d.status === 'sent' ? 'sent' : d.status === 'failed' ? `not sent: ${reason}` : 'still trying';
  return {
    id: `alert:${d.id}`,
    at: d.createdAt,
    type: 'alert',
    code: `alert.${d.kind}.${d.status}`,
    // The reason as the screens say it: a translated sentence, never the service's own words.
    vars: {
      contact: d.contactName,
      channel: d.channelType,
      target: d.channelTarget,
      ...(key ? { reasonKey: key } : { reason: '' }),
    },
    text: `${what} to ${where}: ${state}`,
    status: d.status,
    ...(key ? { reason } : {}),
  };
}

/** Audit event types and how each reads; anything else is shown by its type. */
const eventLines: Readonly<
  Record<string, { type: HistoryType; text: (d: Record<string, unknown>) => string }>
> = {
  'protection.paused': { type: 'pause', text: (d) => `Protection paused for ${str(d.minutes)} minutes` },
  'protection.resumed': {
    type: 'pause',
    text: (d) => (d.reason === 'timer' ? 'Protection started again by itself' : 'Protection started again'),
  },
  'pin.set': { type: 'pin', text: () => 'Caregiver PIN set' },
  'pin.locked': { type: 'pin', text: (d) => `PIN locked after ${str(d.failures)} wrong tries` },
  'pin.reset': { type: 'pin', text: () => 'Caregiver PIN reset (forgotten PIN)' },
  'settings.changed': { type: 'settings', text: (d) => `Settings changed (${str(d.how)})` },
  'setup.completed': { type: 'settings', text: () => 'Setup finished' },
  'settings.exported': { type: 'settings', text: () => 'Settings exported' },
  'app.quit': { type: 'app', text: () => 'Hold On was closed' },
  'app.stopped': { type: 'app', text: (d) => `Hold On was stopped without the PIN (${str(d.how)})` },
  'store.recovered': { type: 'app', text: () => 'Records were damaged and started again' },
  'windows.protection-off': {
    type: 'app',
    text: (d) => `A Windows protection was found switched off: ${str(d.setting)}`,
  },
  'sensor.failed': { type: 'app', text: (d) => `Part of Hold On stopped: ${str(d.reason)}` },
  'sensor.recovered': { type: 'app', text: () => 'Part of Hold On works again' },
  'health.gap': { type: 'app', text: () => 'Hold On was not running while the computer was on' },
  'health.unclosed': {
    type: 'app',
    text: () => 'Hold On did not close normally before the computer restarted',
  },
  'autostart.removed': {
    type: 'app',
    text: () => 'Hold On was removed from the programs that start at login',
  },
  'help.trusted-session': {
    type: 'action',
    text: (d) => `Help session approved for ${str(d.minutes)} minutes`,
  },
  'help.ended': { type: 'action', text: () => 'Help session ended' },
  'incident.resolved': { type: 'action', text: (d) => `Dealt with: ${str(d.resolution)}` },
  'incident.cleared': { type: 'action', text: () => 'The warning cleared: what it was about is gone' },
  'incident.resumed': {
    type: 'incident',
    text: () => 'Hold On started again while the remote tool still ran: the same warning came back',
  },
  'remote-tool.started-again': {
    type: 'incident',
    text: () => 'The same remote tool was started again: the warning came back',
  },
  'remote-tool.allowed': { type: 'action', text: (d) => `Allowed remote tool started: ${str(d.toolId)}` },
  'remote-tool.exited': { type: 'action', text: (d) => `Remote tool closed: ${str(d.toolId)}` },
  'session.ended': {
    type: 'action',
    text: (d) => `Remote connection ended (${str(d.toolId)}): ${str(d.status)}`,
  },
  'incident.escalated': { type: 'incident', text: (d) => `Raised to danger: ${str(d.reason)}` },
  'interruption.called-contact': { type: 'action', text: () => 'Chose to call a trusted contact' },
  'interruption.read-aloud': { type: 'action', text: () => 'Had the warning read aloud' },
  'interruption.asked-for-help': {
    type: 'action',
    text: () => 'Said someone they know is helping (nothing was allowed)',
  },
  'interruption.closed-without-choice': { type: 'action', text: () => 'Closed the warning without choosing' },
  'interruption.opened-checklist': {
    type: 'action',
    text: () => 'Opened the "Am I being scammed?" check from the warning',
  },
  'checklist.completed': {
    type: 'action',
    text: (d) => `Finished the "Am I being scammed?" check: ${str(d.verdict)}`,
  },
  'checklist.shared': { type: 'action', text: () => "Sent the check's result to the trusted contacts" },
};

function fromEvent(event: AuditEvent): HistoryEntry {
  const line = eventLines[event.type];
  const detail = event.detail as Record<string, unknown>;
  const vars: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (typeof value === 'string' || typeof value === 'number') vars[key] = value;
  }
  return {
    id: `event:${event.id}`,
    at: event.at,
    type:
      line?.type ?? (event.type.startsWith('session.') || event.type.startsWith('tool.') ? 'action' : 'app'),
    code: !line
      ? 'event.other'
      : event.type === 'protection.resumed' && detail.reason === 'timer'
        ? 'event.protection.resumed.timer'
        : event.type.startsWith('sensor.') &&
            typeof detail.sensor === 'string' &&
            namedParts.has(detail.sensor)
          ? `event.${event.type}.${detail.sensor}`
          : `event.${event.type}`,
    vars: {
      ...vars,
      event: event.type,
      // Said in each language on the screen (see describeReason).
      ...(event.type === 'checklist.completed'
        ? { verdictKey: `checklist.verdict.${str(detail.verdict)}` }
        : {}),
      ...(event.type === 'incident.resolved'
        ? { resolutionKey: `resolution.${str(detail.resolution)}` }
        : {}),
    },
    text: line ? line.text(detail) : event.type,
  };
}

/** Merges the three records into one list, newest first, optionally of one type only. */
export function buildHistory(
  input: {
    readonly incidents: readonly Incident[];
    readonly events: readonly AuditEvent[];
    readonly deliveries: readonly Delivery[];
  },
  options: { readonly type?: HistoryType | undefined; readonly limit: number },
): HistoryEntry[] {
  const all = [
    ...input.incidents.map(fromIncident),
    ...input.events.filter((e) => !repeats.has(e.type)).map(fromEvent),
    ...input.deliveries.map(fromDelivery),
  ];
  return all
    .filter((e) => options.type === undefined || e.type === options.type)
    .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id))
    .slice(0, options.limit);
}
