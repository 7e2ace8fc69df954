import type { Delivery } from '../../shared/model/alert';
import { composeCore, type Core, type CoreOptions, type CoreParts } from '../../electron/main/core/core-host';

/** The core as hosts see it, with its wired parts beside it, for tests that drive one part directly. */
export type TestCore = Core & CoreParts;

export function createTestCore(options: CoreOptions): TestCore {
  const { core, parts } = composeCore(options);
  return { ...core, ...parts };
}

/** The alerts of one incident, oldest first (what the outbox holds for it). */
export function alertsFor(core: Pick<CoreParts, 'notifier'>, incidentId: string): Delivery[] {
  return core.notifier
    .list(100_000)
    .filter((d) => d.incidentId === incidentId)
    .sort((a, b) => a.id - b.id);
}
