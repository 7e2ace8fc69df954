import type { Incident } from '../../../../shared/model/incident';
import type { Core } from '../../core/core-host';
import { remoteToolCatalog } from '../../core/catalog';
import type { CliIo } from '../cli-io';

/** `holdon scan`: the remote-access tools running right now, and the windows with a verdict each. */
export async function runScan(core: Core, json: boolean, io: CliIo): Promise<number> {
  const listed = await core.invoke('remoteTools.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const remoteTools = listed.value;
  const windows = await core.owner.scanWindows();
  if (json) {
    io.stdout(
      `${JSON.stringify({
        remoteTools: remoteTools.map((t) => ({
          toolId: t.toolId,
          name: t.name,
          pid: t.pid,
          processName: t.processName,
          allowed: t.allowed,
          abuse: t.abuse,
        })),
        windows: windows.map((w) => ({
          title: w.title,
          pid: w.pid,
          browser: w.browser,
          fullscreen: w.fullscreen,
          verdict: {
            scam: w.verdict.scam,
            score: Math.round(w.verdict.score * 1000) / 1000,
            reasons: w.verdict.reasons.map((r) => r.text),
          },
        })),
      })}\n`,
    );
    return 0;
  }
  if (remoteTools.length === 0) io.stdout('No remote-access tools are running.\n');
  for (const t of remoteTools) {
    io.stdout(`${t.name} (${t.toolId}) pid ${t.pid} ${t.processName}${t.allowed ? ' [allowed]' : ''}\n`);
  }
  for (const w of windows.filter((x) => x.browser !== null || x.verdict.scam)) {
    const flags = [w.browser ?? '', w.fullscreen ? 'full screen' : '', w.verdict.scam ? 'SCAM' : '']
      .filter(Boolean)
      .join(', ');
    io.stdout(`window "${w.title}" pid ${w.pid ?? '?'} (${flags})\n`);
    for (const r of w.verdict.reasons) io.stdout(`    - ${r.text}\n`);
  }
  return 0;
}

/** `holdon tools`: the catalog, for choosing allowed tools in the settings file. */
export function runTools(json: boolean, io: CliIo): number {
  const tools = remoteToolCatalog.tools.map((t) => ({ toolId: t.id, name: t.name, abuse: t.abuse }));
  if (json) io.stdout(`${JSON.stringify(tools)}\n`);
  else for (const t of tools) io.stdout(`${t.toolId.padEnd(40)} ${t.name} (${t.abuse})\n`);
  return 0;
}

export function incidentLine(type: 'incident' | 'incident.updated', incident: Incident): string {
  return JSON.stringify({
    type,
    id: incident.id,
    kind: incident.kind,
    severity: incident.severity,
    title: incident.title,
    toolId: incident.toolId,
    toolName: incident.toolName,
    pid: incident.pid,
    processName: incident.processName,
    detectedAt: new Date(incident.detectedAt).toISOString(),
    resolution: incident.resolution,
    reasons: incident.reasons.map((r) => r.text),
  });
}

/**
 * `holdon watch`: headless protection. Prints each incident as it happens (one JSON line each
 * with --json) until SIGINT or SIGTERM, then stops cleanly with exit code 0.
 */
export async function runWatch(
  core: Core,
  json: boolean,
  io: CliIo,
  signals: NodeJS.EventEmitter = process,
): Promise<number> {
  core.bus.subscribe((event, payload) => {
    if (event !== 'incident.opened' && event !== 'incident.updated') return;
    const incident = payload as Incident;
    if (json) {
      io.stdout(`${incidentLine(event === 'incident.opened' ? 'incident' : 'incident.updated', incident)}\n`);
    } else {
      const when = new Date(incident.detectedAt).toLocaleTimeString();
      io.stdout(`${when}  ${incident.severity.toUpperCase().padEnd(7)}  ${incident.title}\n`);
      for (const r of incident.reasons) io.stdout(`          - ${r.text}\n`);
    }
  });
  core.bus.subscribe((event, payload) => {
    if (event !== 'protection.status') return;
    const status = payload as { state: string; degradedReasons: readonly string[] };
    if (status.state === 'degraded')
      io.stderr(`holdon: protection degraded: ${status.degradedReasons.join('; ')}\n`);
  });
  // The sensors' timers do not hold the process open on their own; this does, until a signal.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  const stopped = new Promise<void>((resolve) => {
    signals.once('SIGINT', resolve);
    signals.once('SIGTERM', resolve);
  });
  await core.startProtection();
  if (!json) io.stderr('Hold On is watching. Press Ctrl+C to stop.\n');
  await stopped;
  clearInterval(keepAlive);
  // The window listeners and the text reader's worker would keep the process alive.
  await core.stopProtection();
  return 0;
}
