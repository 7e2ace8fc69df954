import type { Delivery } from '../../shared/model/alert';
import type { ProtectionStatus } from '../../shared/model/protection';
import { composeCore, type Core, type CoreOptions, type CoreParts } from '../../electron/main/core/core-host';
import { defaultProcessSensor } from '../../electron/main/core/sensors/default-sensors';
import { onlyProcessesUnder } from '../../electron/main/core/sensors/process-tree-source';

/** The core as hosts see it, with its wired parts beside it, for tests that drive one part directly. */
export type TestCore = Core & CoreParts;

/**
 * A core for a test. Unless the test brings its own process source, the real one sees only
 * this test process's own children: what another test or another run starts is not its business.
 */
export function createTestCore(options: CoreOptions): TestCore {
  const { core, parts } = composeCore({
    processSource: onlyProcessesUnder(defaultProcessSensor().source, process.pid),
    ...options,
  });
  return { ...core, ...parts };
}

/** The alerts of one incident, oldest first (what the outbox holds for it). */
export function alertsFor(core: Pick<CoreParts, 'notifier'>, incidentId: string): Delivery[] {
  return core.notifier
    .list(100_000)
    .filter((d) => d.incidentId === incidentId)
    .sort((a, b) => a.id - b.id);
}

/** The environment for a host a test starts (`holdon watch`, the preview host): it sees this test's processes only. */
export function isolatedEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return { ...process.env, HOLDON_TEST_PROCESS_ROOT: String(process.pid), ...extra };
}

/** The status once it passes `test`: now, or the first pushed that does (the screens see exactly these). */
export function nextStatus(
  core: Pick<Core, 'status' | 'bus'>,
  test: (status: ProtectionStatus) => boolean,
): Promise<ProtectionStatus> {
  const now = core.status();
  if (test(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = core.bus.subscribe((event, payload) => {
      if (event === 'protection.status' && test(payload as ProtectionStatus)) {
        stop();
        resolve(payload as ProtectionStatus);
      }
    });
  });
}
