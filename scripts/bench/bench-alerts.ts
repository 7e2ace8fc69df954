/**
 * npm run bench:alerts [-- --runs 40 --outage-seconds 120]
 *
 * Measures caregiver alerts as shipped (the real core, default retry settings) against a real
 * SMTP server on 127.0.0.1 (smtp-server, STARTTLS and AUTH):
 * - incident → SMTP acceptance: a fresh core per run (the first alert after a quiet spell opens
 *   a new connection, STARTTLS and AUTH), timed from openIncident() to the server accepting DATA;
 * - recovery: five contacts, ten alerts queued during an outage of the mail server, then the time
 *   from the server coming back to the last alert accepted. Run twice side by side: as shipped
 *   (backoff plus the reachability probe) and with backoff alone, for comparison; five trials
 *   each, in parallel, their outages ending at different points of the probe's 5-second cycle.
 * Prints one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { composeCore, type Core, type CoreParts } from '../../electron/main/core/core-host';
import { createMemoryLogger } from '../../tests/fakes/memory-logger';
import type { Incident } from '../../shared/model/incident';
import { startSmtpServer } from '../../tests/fakes/smtp-test-server';
import { percentile, round } from './proc-stats';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    'outage-seconds': { type: 'string', default: '120' },
  },
});
const runs = Number(values.runs);
const outageMs = Number(values['outage-seconds']) * 1000;
const work = mkdtempSync(join(tmpdir(), 'holdon-bench-alerts-'));
let dirs = 0;

const incident = (id: string): Incident => ({
  id,
  kind: 'remote-tool',
  severity: 'danger',
  title: 'AnyDesk started',
  reasons: [{ code: 'reason.toolStarted', vars: { tool: 'AnyDesk' }, text: 'AnyDesk just started.' }],
  toolId: 'anydesk',
  toolName: 'AnyDesk',
  pid: 4242,
  processName: 'AnyDesk.exe',
  detectedAt: Date.now(),
  resolvedAt: null,
  resolution: null,
});

async function core(
  smtpUrl: string,
  contacts: number,
  options: { alertProbeMs?: number } = {},
): Promise<Core & CoreParts> {
  const { core: host, parts } = composeCore({
    dataDir: join(work, `c${(dirs += 1)}`),
    logger: createMemoryLogger(),
    ...options,
  });
  const made = { ...host, ...parts };
  const settings = {
    seniorName: 'Mum',
    contacts: Array.from({ length: contacts }, (_, i) => ({
      name: `Contact ${i + 1}`,
      channels: [{ type: 'email', to: `contact${i + 1}@example.test` }],
    })),
    email: { smtpUrl, from: 'Hold On <holdon@example.test>' },
  };
  const imported = await made.invoke('settings.import', { text: JSON.stringify(settings) });
  if (!imported.ok) throw new Error(imported.error.message);
  made.notifier.start();
  await made.notifier.drain();
  return made;
}

async function latency(): Promise<number[]> {
  const smtp = await startSmtpServer();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const c = await core(smtp.url(), 1);
      const id = `lat-${i}`;
      const accepted = smtp.next((m) => m.raw.includes(`${id}:0:0`));
      const start = performance.now();
      c.sink.opened(incident(id));
      await accepted;
      times.push(performance.now() - start);
      c.close();
    }
  } finally {
    await smtp.close();
  }
  return times;
}

/** Queues alerts while the server is down, brings it back, times until all are accepted. */
async function recovery(probe: boolean, trial: number): Promise<{ queued: number; allDeliveredMs: number }> {
  const first = await startSmtpServer();
  const port = first.port;
  const c = await core(first.url(), 5, probe ? {} : { alertProbeMs: 24 * 3_600_000 });
  await first.close();
  // An incident and a pause: ten alerts, all due at once (a burst summary would add its own minute).
  c.sink.opened(incident(`out-${probe ? 'p' : 'b'}-${trial}`));
  await c.invoke('protection.pause', { minutes: 15 });
  // Each trial's outage ends at a different point of the 5-second probe cycle.
  await new Promise((resolve) => setTimeout(resolve, outageMs + (trial + 0.5) * 1000));
  const queued = c.notifier.list(100).filter((d) => d.status === 'queued').length;
  const back = await startSmtpServer({ port });
  const start = performance.now();
  while (c.notifier.list(100).some((d) => d.status === 'queued')) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const allDeliveredMs = performance.now() - start;
  c.close();
  await back.close();
  return { queued, allDeliveredMs };
}

async function main(): Promise<void> {
  const times = await latency();
  const trials = [0, 1, 2, 3, 4];
  const [withProbe, backoffOnly] = await Promise.all([
    Promise.all(trials.map((t) => recovery(true, t))),
    Promise.all(trials.map((t) => recovery(false, t))),
  ]);
  const seconds = (rs: { allDeliveredMs: number }[]) => ({
    median: round(
      percentile(
        rs.map((r) => r.allDeliveredMs / 1000),
        50,
      ),
    ),
    max: round(Math.max(...rs.map((r) => r.allDeliveredMs / 1000))),
  });
  const p95 = percentile(times, 95);
  const result = {
    smtpAcceptance: {
      runs,
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(p95),
      maxMs: round(Math.max(...times)),
    },
    recovery: {
      trials: trials.length,
      outageSeconds: `${outageMs / 1000}.5 to ${outageMs / 1000 + 4}.5`,
      queuedAlertsPerTrial: withProbe[0]?.queued,
      asShippedSeconds: seconds(withProbe),
      backoffAloneSeconds: seconds(backoffOnly),
    },
    targets: { p95Ms: 2000, recoverySeconds: 30 },
  };
  const pass = p95 <= 2000 && withProbe.every((r) => r.allDeliveredMs <= 30_000);
  process.stdout.write(`${JSON.stringify({ ...result, pass }, null, 2)}\n`);
}

void main().finally(() => rmSync(work, { recursive: true, force: true }));
