import type { AuditLog } from '../audit-log';
import type { OpenedStore } from '../store/database';
import type { SettingsSource } from '../settings/settings-source';
import type { Protection } from './protection-state';

/**
 * Tells what became of the database at start, so it is never silent: started again from what
 * could be kept (`store.recovered`, and the family hears how much was kept), or not usable at all
 * (protection runs from memory, is "degraded", and the family is told until it is fixed).
 */
export function reportStore(
  store: Pick<OpenedStore, 'recovery' | 'recoveredFrom'>,
  deps: {
    readonly audit: Pick<AuditLog, 'append'>;
    readonly protection: Pick<Protection, 'setDegraded'>;
    readonly settings: Pick<SettingsSource, 'load' | 'repaired'>;
    readonly now: number;
  },
): void {
  // A settings document that fails validation was replaced by the last good one: the family
  // hears of it as a change of those fields, made by nobody on the screens.
  deps.settings.load();
  const repaired = deps.settings.repaired?.() ?? null;
  if (repaired) deps.audit.append('settings.changed', { how: 'repaired', fields: repaired }, deps.now);
  const { recovery } = store;
  if (!recovery) return;
  if (recovery.damage === 'unusable') deps.protection.setDegraded('store', recovery.reason ?? 'unusable');
  else deps.audit.append('store.recovered', { movedTo: store.recoveredFrom, ...recovery }, deps.now);
}
