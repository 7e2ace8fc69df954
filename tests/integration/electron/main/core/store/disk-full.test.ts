import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Incident } from '../../../../../../shared/model/incident';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';
import { exited, startRenamed } from '../../../../../fakes/renamed-process';
import { fillDisk, smallDisk, smallDiskMissing, type SmallDisk } from '../../../../../fakes/small-disk';
import { alertsFor, createTestCore, nextStatus, type TestCore } from '../../../../../fakes/test-core';
import { describeWhere } from '../../../../../support/describe-where';

const storedIds = (dir: string): string[] => {
  const db = new BetterSqlite3(join(dir, 'holdon.db'), { readonly: true });
  try {
    return db
      .prepare<[], { id: string }>('SELECT id FROM incidents')
      .all()
      .map((r) => r.id);
  } finally {
    db.close();
  }
};

// A 4 MB disk of its own: filling it touches nothing else on the machine.
describeWhere(smallDiskMissing(), 'a full disk', () => {
  let disk: SmallDisk;
  let dir: string;
  let core: TestCore;
  beforeAll(async () => {
    disk = smallDisk();
    dir = disk.dir;
    core = createTestCore({ dataDir: dir, logger: createMemoryLogger(), processPollMs: 100 });
    await core.invoke('pin.set', { newPin: '482913' });
    const settings = {
      contacts: [{ name: 'Ann', channels: [{ type: 'sms', to: '+12025550100' }] }],
      twilio: { accountSid: `AC${'a'.repeat(32)}`, authToken: 'x'.repeat(32), from: '+12025550199' },
    };
    expect(await core.invoke('settings.save', { pin: '482913', settings })).toMatchObject({ ok: true });
    await core.startProtection();
  });
  afterAll(() => {
    core?.close();
    disk?.remove();
  });

  it('still shows the warning, keeps the incident in memory as "degraded", and writes it with its alert once there is room', async () => {
    const filler = join(dir, 'filler');
    fillDisk(filler);
    const opened = new Promise<Incident>((resolve) => {
      const stop = core.bus.subscribe((event, payload) => {
        if (event === 'incident.opened') {
          stop();
          resolve(payload as Incident);
        }
      });
    });
    const tool = startRenamed('AnyDesk.exe');
    try {
      const incident = await opened;
      // The warning is up and the status says that part of Hold On is not working.
      const status = await nextStatus(core, (s) => s.degradedReasons.length > 0);
      expect(status.state).toBe('needs-attention');
      expect(status.openIncidents).toBe(1);
      expect(status.degradedReasons.join()).toMatch(/disk is full/);
      expect(core.incidents.listOpen(5).map((i) => i.id)).toEqual([incident.id]);
      expect(storedIds(dir)).not.toContain(incident.id);
      // The disk has room again: written at the next try (every 30 s, or now), with Ann's alert.
      rmSync(filler);
      expect(core.sink.retryUnsaved()).toBe(0);
      expect(storedIds(dir)).toContain(incident.id);
      expect(alertsFor(core, incident.id).map((d) => d.contactName)).toEqual(['Ann']);
      expect(core.status().degradedReasons).toEqual([]);
      // The family hears that part of Hold On stopped for a while, and works again.
      const events = core.audit.list(10).map((e) => e.type);
      expect(events).toEqual(expect.arrayContaining(['sensor.failed', 'sensor.recovered']));
      const told = core.notifier.list(50).filter((d) => d.kind === 'health' && d.contactName === 'Ann');
      expect(told.map((d) => d.message.subject)).toEqual([
        expect.stringMatching(/^Hold On could not save on /),
      ]);
    } finally {
      tool.kill('SIGKILL');
      await exited(tool);
    }
  });
});
