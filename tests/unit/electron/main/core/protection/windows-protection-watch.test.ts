import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createWindowsProtectionWatch,
  withWindowsProtectionWatch,
} from '../../../../../../electron/main/core/protection/windows-protection-watch';
import { migrate } from '../../../../../../electron/main/core/store/migrate';
import { migrations } from '../../../../../../electron/main/core/store/migrations';
import { createSettingsRepository } from '../../../../../../electron/main/core/store/settings-repository';
import { tamperAlertFor } from '../../../../../../shared/alerts/compose-event-alert';
import {
  protectionsOff,
  type RegistryDwordReader,
} from '../../../../../../shared/windows/windows-protections';
import { FakeClock } from '../../../../../fakes/fake-clock';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';

/** A registry of `HIVE\key\value` → DWORD that a test edits. */
function fakeRegistry() {
  const values = new Map<string, number>();
  const read: RegistryDwordReader = (hive, key, value) => values.get(`${hive}\\${key}\\${value}`) ?? null;
  return { values, read };
}
const scareware = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge\\ScarewareBlockerProtectionEnabled';
const userSmartScreen = 'HKCU\\SOFTWARE\\Policies\\Microsoft\\Edge\\SmartScreenEnabled';
const rdpConsent = 'HKCU\\Software\\Microsoft\\Terminal Server Client\\RdpLaunchConsentAccepted';
const rdpWarning =
  'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\\Client\\RedirectionWarningDialogVersion';

describe('Windows protections switched off', () => {
  it('are the four values, off at 0 (Edge) or 1 (the .rdp warning); missing or on is not off', () => {
    const { values, read } = fakeRegistry();
    expect(protectionsOff(read)).toEqual([]);
    values.set(scareware, 1);
    values.set(rdpWarning, 2);
    expect(protectionsOff(read)).toEqual([]);
    values.set(scareware, 0);
    values.set(userSmartScreen, 0);
    values.set(rdpWarning, 1);
    values.set(rdpConsent, 1);
    expect(protectionsOff(read)).toEqual([
      'edge-scareware-blocker',
      'edge-smartscreen',
      'rdp-redirection-warning',
      'rdp-launch-consent',
    ]);
  });

  function setup() {
    const db = new BetterSqlite3(':memory:');
    migrate(db, ':memory:', migrations);
    const state = createSettingsRepository(db);
    const clock = new FakeClock();
    const registry = fakeRegistry();
    const appended: { type: string; detail: Record<string, unknown> }[] = [];
    const audit = {
      append: (type: string, detail: Readonly<Record<string, unknown>>, at: number) => {
        appended.push({ type, detail: { ...detail } });
        return { id: appended.length, type, detail, at };
      },
    };
    const make = () =>
      createWindowsProtectionWatch({
        read: registry.read,
        state,
        audit,
        clock,
        logger: createMemoryLogger(),
        everyMs: 1000,
      });
    return { clock, registry, appended, make };
  }

  it('reports one found off at start, and one switched off while running, once each', () => {
    const { clock, registry, appended, make } = setup();
    registry.values.set(rdpConsent, 1);
    const watch = make();
    watch.start();
    expect(appended).toEqual([{ type: 'windows.protection-off', detail: { setting: 'rdp-launch-consent' } }]);
    clock.advance(3000);
    expect(appended).toHaveLength(1);
    registry.values.set(scareware, 0);
    clock.advance(1000);
    expect(appended.map((e) => e.detail.setting)).toEqual(['rdp-launch-consent', 'edge-scareware-blocker']);
    watch.stop();
  });

  it('does not repeat itself after a restart while a value stays off, but does when it is switched off again', () => {
    const { clock, registry, appended, make } = setup();
    registry.values.set(scareware, 0);
    const first = make();
    first.start();
    first.stop();
    const second = make();
    second.start();
    expect(appended).toHaveLength(1);
    registry.values.set(scareware, 1);
    clock.advance(1000);
    registry.values.set(scareware, 0);
    clock.advance(1000);
    expect(appended).toHaveLength(2);
    second.stop();
  });

  it('keeps going when the registry cannot be read', () => {
    const { clock, appended } = setup();
    let broken = true;
    const db = new BetterSqlite3(':memory:');
    migrate(db, ':memory:', migrations);
    const logger = createMemoryLogger();
    const watch = createWindowsProtectionWatch({
      read: () => {
        if (broken) throw new Error('advapi32.dll');
        return 1;
      },
      state: createSettingsRepository(db),
      audit: { append: () => ({ id: 1, type: '', detail: {}, at: 0 }) },
      clock,
      logger,
      everyMs: 1000,
    });
    watch.start();
    clock.advance(3000);
    expect(logger.lines.filter((l) => l.level === 'error')).toHaveLength(1);
    broken = false;
    clock.advance(1000);
    expect(appended).toEqual([]);
    watch.stop();
  });

  it('is started beside the health monitor only where there is a registry', () => {
    const calls: string[] = [];
    const health = { start: () => calls.push('health'), stop: () => calls.push('health stopped') };
    const { clock } = setup();
    const db = new BetterSqlite3(':memory:');
    migrate(db, ':memory:', migrations);
    const options = {
      state: createSettingsRepository(db),
      audit: { append: () => ({ id: 1, type: '', detail: {}, at: 0 }) },
      clock,
      logger: createMemoryLogger(),
    };
    const none = withWindowsProtectionWatch(health, { ...options, read: null });
    none.start();
    none.stop();
    expect(calls).toEqual(['health', 'health stopped']);
    let reads = 0;
    const both = withWindowsProtectionWatch(health, {
      ...options,
      read: () => {
        reads += 1;
        return null;
      },
    });
    both.start();
    expect(reads).toBeGreaterThan(0);
    both.stop();
  });

  it('tells the family in plain words, in their language', () => {
    const ctx = { language: 'en', seniorName: 'Mum', computerName: "Mum's laptop" } as const;
    const event = { type: 'windows.protection-off', detail: { setting: 'edge-scareware-blocker' }, at: 0 };
    const alert = tamperAlertFor(event, ctx);
    expect(alert?.kind).toBe('tamper');
    expect(alert?.urgent).toBe(true);
    expect(alert?.subject).toBe("A Windows protection is switched off on Mum's laptop");
    expect(alert?.body).toContain(
      "Microsoft Edge's scareware blocker (it stops scam pages that fill the screen) is",
    );
    const german = tamperAlertFor(
      { ...event, detail: { setting: 'rdp-launch-consent' } },
      { ...ctx, language: 'de' },
    );
    expect(german?.body).toContain('Die Rückfrage von Windows');
  });
});
