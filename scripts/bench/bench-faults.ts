/**
 * npm run bench:faults
 *
 * Breaks Hold On the quiet ways a scammer (or bad luck) could, one fault at a time, on a real
 * core with its real database, and prints per fault: whether protection survived (the core
 * starts and its sensors run), the incidents and queued alerts lost, whether the family and the
 * PIN were kept and told, and the time to come back. Prints one JSON object.
 *
 * Faults: the database deleted, emptied, damaged on its last page, made a folder, written by a
 * newer app; a settings row edited into something invalid; secrets.key deleted; the contacts
 * swapped for a stranger; a tool started during a pause; a restart while a tool runs; Hold On
 * killed and the computer restarted hours later (a new boot id); the disk
 * full when a tool starts (a 4 MB tmpfs; needs root); the look-alike-link check on 20,000
 * characters of "a.".
 */
import BetterSqlite3 from 'better-sqlite3';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyFileName } from '../../electron/main/core/settings/key-file-cipher';
import { findLookAlikeLinks } from '../../shared/message-check/look-alike-links';
import { incident as sampleIncident } from '../../tests/fakes/alert-core';
import { createMemoryLogger } from '../../tests/fakes/memory-logger';
import { startRenamed, stopRenamed } from '../../tests/fakes/renamed-process';
import { fillDisk, smallDisk, smallDiskMissing } from '../../tests/fakes/small-disk';
import { alertsFor, createTestCore, type TestCore } from '../../tests/fakes/test-core';
import { round } from './proc-stats';

const work = mkdtempSync(join(tmpdir(), 'holdon-bench-faults-'));
let dirs = 0;
const pin = '482913';
const incidentsBefore = 40;
const contacts = [{ name: 'Ann', channels: [{ type: 'sms', to: '+12025550100' }] }];
const twilio = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'x'.repeat(32), from: '+12025550199' };

interface FaultResult {
  readonly fault: string;
  readonly survived: boolean;
  readonly incidentsLost: number | null;
  readonly alertsLost: number | null;
  readonly familyKept: boolean | null;
  readonly pinKept: boolean | null;
  readonly familyTold: boolean | null;
  readonly recoverMs: number;
  readonly note?: string;
}

const open = (dir: string, extra: Partial<Parameters<typeof createTestCore>[0]> = {}): TestCore =>
  createTestCore({ dataDir: dir, logger: createMemoryLogger(), keepProtectingIfStoreFails: true, ...extra });

/** The queued alerts of each folder before its fault, by idempotency key. */
const alertsBefore = new Map<string, Set<string>>();
const alertKeys = (core: TestCore): Set<string> =>
  new Set(core.notifier.list(100_000).map((d) => d.idempotencyKey));

/** A data folder after some use: PIN, Ann by SMS, setup done, incidents, and their alerts queued. */
async function usedFolder(): Promise<string> {
  const dir = join(work, `run-${(dirs += 1)}`);
  mkdirSync(dir);
  const core = open(dir);
  await core.invoke('pin.set', { newPin: pin });
  await core.invoke('settings.save', { pin, settings: { seniorName: 'Mum', contacts, twilio } });
  await core.invoke('setup.complete', { pin });
  for (let i = 0; i < incidentsBefore; i += 1)
    core.sink.opened(sampleIncident(`inc-${i}`, 'warning', Date.now() - i));
  alertsBefore.set(dir, alertKeys(core));
  core.close();
  return dir;
}

/** Opens the core after a fault and says what it kept. */
async function afterFault(fault: string, dir: string, note?: string): Promise<FaultResult> {
  const started = performance.now();
  let core: TestCore;
  try {
    core = open(dir);
  } catch (error) {
    return {
      fault,
      survived: false,
      incidentsLost: null,
      alertsLost: null,
      familyKept: null,
      pinKept: null,
      familyTold: null,
      recoverMs: round(performance.now() - started, 1),
      note: String(error),
    };
  }
  await core.startProtection();
  const recoverMs = round(performance.now() - started, 1);
  const incidents = core.incidents.list(1000).filter((i) => i.id.startsWith('inc-')).length;
  const kept = alertKeys(core);
  const alertsLost = [...(alertsBefore.get(dir) ?? [])].filter((key) => !kept.has(key)).length;
  const familyKept = (core.settings.load().contacts ?? []).some((c) => c.name === 'Ann');
  const pause = await core.invoke('protection.pause', { minutes: 15 });
  const pinKept = !pause.ok && pause.error.code === 'pin-required';
  const familyTold = core.notifier
    .list(100)
    .some((d) => (d.kind === 'health' || d.kind === 'tamper') && d.contactName === 'Ann');
  await core.stopProtection();
  core.close();
  return {
    fault,
    survived: true,
    incidentsLost: incidentsBefore - incidents,
    alertsLost,
    familyKept,
    pinKept,
    familyTold,
    recoverMs,
    ...(note ? { note } : {}),
  };
}

async function storeFaults(): Promise<FaultResult[]> {
  const results: FaultResult[] = [];
  let dir = await usedFolder();
  rmSync(join(dir, 'holdon.db'));
  results.push(
    await afterFault(
      'database deleted',
      dir,
      'settings and PIN from the recovery file; history gone with the file',
    ),
  );

  dir = await usedFolder();
  truncateSync(join(dir, 'holdon.db'), 0);
  results.push(await afterFault('database emptied (0 bytes)', dir));

  dir = await usedFolder();
  const path = join(dir, 'holdon.db');
  const fd = openSync(path, 'r+');
  const junk = Buffer.alloc(4096, 0x5a);
  writeSync(fd, junk, 0, junk.length, statSync(path).size - 4096);
  closeSync(fd);
  results.push(
    await afterFault('database damaged (last page overwritten)', dir, 'rows on readable pages copied in'),
  );

  dir = await usedFolder();
  rmSync(join(dir, 'holdon.db'));
  mkdirSync(join(dir, 'holdon.db'));
  results.push(await afterFault('holdon.db made a folder', dir, 'protects from memory, degraded'));

  dir = await usedFolder();
  const future = new BetterSqlite3(join(dir, 'holdon.db'));
  future.pragma('user_version = 999');
  future.close();
  results.push(
    await afterFault('PRAGMA user_version = 999', dir, 'file left untouched; protects from memory, degraded'),
  );

  dir = await usedFolder();
  const db = new BetterSqlite3(join(dir, 'holdon.db'));
  db.prepare(
    "UPDATE settings SET value = json_set(value, '$.contacts', 'nobody') WHERE key = 'settings'",
  ).run();
  db.close();
  results.push(
    await afterFault('settings row edited into something invalid', dir, 'last good settings put back'),
  );
  return results;
}

async function secretsKeyRemoved(): Promise<FaultResult> {
  const dir = await usedFolder();
  rmSync(join(dir, keyFileName));
  const started = performance.now();
  const core = open(dir);
  const degraded = core.status().degradedReasons.length > 0;
  const told = core.audit.list(20).some((e) => e.type === 'sensor.failed' && e.detail.sensor === 'secrets');
  const recoverMs = round(performance.now() - started, 1);
  // The PIN was bound to the key: the gate holds (no pause), and only a PIN reset opens it again.
  const pause = await core.invoke('protection.pause', { minutes: 15, pin });
  const gateHeld = !pause.ok && pause.error.code === 'pin-unreadable';
  core.close();
  return {
    fault: 'secrets.key deleted',
    survived: true,
    incidentsLost: 0,
    alertsLost: null,
    familyKept: true,
    pinKept: gateHeld,
    familyTold: told,
    recoverMs,
    note: `${degraded ? 'degraded at once' : 'NOT degraded'}; ${gateHeld ? 'the PIN gate holds, "holdon pin reset" sets a new PIN' : 'the PIN gate did NOT hold'}`,
  };
}

async function contactsSwapped(): Promise<FaultResult> {
  const dir = await usedFolder();
  const core = open(dir);
  const started = performance.now();
  const stranger = [{ name: 'Steve', channels: [{ type: 'sms', to: '+12025550111' }] }];
  await core.invoke('settings.save', { pin, settings: { seniorName: 'Mum', contacts: stranger, twilio } });
  const told = core.notifier.list(100).some((d) => d.kind === 'tamper' && d.contactName === 'Ann');
  core.close();
  return {
    fault: 'contacts swapped for a stranger (with the PIN)',
    survived: true,
    incidentsLost: 0,
    alertsLost: 0,
    familyKept: null,
    pinKept: true,
    familyTold: told,
    recoverMs: round(performance.now() - started, 1),
    note: 'the contact removed is told',
  };
}

async function untilTrue(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return test();
}

async function pausedTool(): Promise<FaultResult> {
  const dir = await usedFolder();
  const core = open(dir, { processPollMs: 100 });
  await core.startProtection();
  await core.invoke('protection.pause', { minutes: 15, pin });
  const tool = startRenamed('AnyDesk.exe');
  await untilTrue(() => [...core.remote.watcher.current().values()].some((p) => p.pid === tool.pid), 10_000);
  const started = performance.now();
  await core.invoke('protection.resume', {});
  const raised = await untilTrue(
    () => core.remote.runsNow().some((t) => t.toolId === 'anydesk' && t.incidentId !== null),
    10_000,
  );
  const recoverMs = round(performance.now() - started, 1);
  tool.kill('SIGKILL');
  await core.stopProtection();
  core.close();
  return {
    fault: 'AnyDesk started during a pause, then resume',
    survived: raised,
    incidentsLost: raised ? 0 : 1,
    alertsLost: null,
    familyKept: null,
    pinKept: null,
    familyTold: null,
    recoverMs,
    note: raised ? 'raised at resume' : 'NOT raised',
  };
}

async function restartWithTool(): Promise<FaultResult> {
  const dir = join(work, `run-${(dirs += 1)}`);
  mkdirSync(dir);
  const first = open(dir, { processPollMs: 100 });
  await first.startProtection();
  const tool = startRenamed('AnyDesk.exe');
  await untilTrue(() => first.incidents.listOpen(10).length > 0, 10_000);
  first.close();
  const started = performance.now();
  const second = open(dir, { processPollMs: 100 });
  await second.startProtection();
  const recoverMs = round(performance.now() - started, 1);
  const open2 = second.incidents.listOpen(10).length;
  tool.kill('SIGKILL');
  await second.stopProtection();
  second.close();
  return {
    fault: 'restart while AnyDesk runs',
    survived: open2 === 1,
    incidentsLost: 0,
    alertsLost: null,
    familyKept: null,
    pinKept: null,
    familyTold: null,
    recoverMs,
    note: `${open2} open incident(s) after the restart (1 = resumed, not duplicated)`,
  };
}

/** Hold On killed, the computer on without it for 4 hours, then restarted (a new boot id). */
async function killedThenRestarted(): Promise<FaultResult> {
  const dir = await usedFolder();
  const hour = 3_600_000;
  const before = open(dir, {
    boot: { id: () => 'boot-before', lastShutdownAt: () => null, closesAtShutdown: true },
  });
  await before.startProtection();
  before.close();
  // What a killed run leaves: its last beat, 4 hours ago, not a closed heartbeat.
  const db = new BetterSqlite3(join(dir, 'holdon.db'));
  const killedAt = Date.now() - 4 * hour;
  db.prepare("UPDATE settings SET value = ? WHERE key = 'health.heartbeat'").run(
    JSON.stringify({ at: killedAt, active: 1, boot: 'boot-before' }),
  );
  db.close();
  const started = performance.now();
  const after = open(dir, {
    uptimeMs: () => 60_000,
    activeMs: () => 60_000,
    boot: { id: () => 'boot-after', lastShutdownAt: () => null, closesAtShutdown: true },
  });
  await after.startProtection();
  const recoverMs = round(performance.now() - started, 1);
  const told = after.notifier
    .list(100)
    .some((d) => d.kind === 'health' && d.contactName === 'Ann' && d.message.event === 'health.unclosed');
  await after.stopProtection();
  after.close();
  return {
    fault: 'killed, computer on 4 h without it, then restarted',
    survived: true,
    incidentsLost: 0,
    alertsLost: null,
    familyKept: true,
    pinKept: null,
    familyTold: told,
    recoverMs,
    note: 'reported at the next start as "did not close normally" (last seen, restarted at)',
  };
}

/** The disk fills up, then AnyDesk starts: the warning, then the incident written once there is room. */
async function diskFull(): Promise<FaultResult> {
  const fault = 'disk full when AnyDesk starts';
  const missing = smallDiskMissing();
  if (missing !== null) {
    const none = { incidentsLost: null, alertsLost: null, familyKept: null, pinKept: null, familyTold: null };
    return { fault, survived: false, ...none, recoverMs: 0, note: `not measured: ${missing}` };
  }
  const disk = smallDisk();
  const core = open(disk.dir, { processPollMs: 100 });
  await core.invoke('pin.set', { newPin: pin });
  await core.invoke('settings.save', { pin, settings: { seniorName: 'Mum', contacts, twilio } });
  await core.startProtection();
  fillDisk(join(disk.dir, 'filler'));
  const tool = startRenamed('AnyDesk.exe');
  const started = performance.now();
  const shown = await untilTrue(() => core.status().openIncidents > 0, 10_000);
  const warningMs = round(performance.now() - started, 1);
  const degraded = core.status().degradedReasons.length > 0;
  rmSync(join(disk.dir, 'filler'));
  const freed = performance.now();
  const left = core.sink.retryUnsaved();
  const recoverMs = round(performance.now() - freed, 1);
  const incident = core.incidents.listOpen(1)[0];
  const alerts = incident ? alertsFor(core, incident.id).length : 0;
  const told = core.notifier.list(100).some((d) => d.kind === 'health' && d.contactName === 'Ann');
  tool.kill('SIGKILL');
  await core.stopProtection();
  core.close();
  disk.remove();
  return {
    fault,
    survived: shown,
    incidentsLost: left,
    alertsLost: alerts > 0 ? 0 : 1,
    familyKept: null,
    pinKept: null,
    familyTold: told,
    recoverMs,
    note: `warning shown ${warningMs} ms after the start, ${degraded ? 'degraded' : 'NOT degraded'} while full; written ${recoverMs} ms after room came back`,
  };
}

function lookAlikeWorstCase(): { readonly input: string; readonly ms: number } {
  const text = 'a.'.repeat(10_000);
  const started = performance.now();
  findLookAlikeLinks(text);
  return { input: '"a." × 10,000', ms: round(performance.now() - started, 1) };
}

async function main(): Promise<void> {
  const faults = [
    ...(await storeFaults()),
    await secretsKeyRemoved(),
    await contactsSwapped(),
    await pausedTool(),
    await restartWithTool(),
    await killedThenRestarted(),
    await diskFull(),
  ];
  process.stdout.write(`${JSON.stringify({ faults, lookAlikeLinks: lookAlikeWorstCase() }, null, 2)}\n`);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench:faults failed: ${String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopRenamed();
    rmSync(work, { recursive: true, force: true });
  });
