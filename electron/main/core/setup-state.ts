import type { Clock } from './ports/clock';
import type { AuditLog } from './audit-log';
import type { SettingsRepository } from './store/settings-repository';

const key = 'setup.completedAt';

/** Whether the caregiver finished the first-run setup (the app shows the wizard until then). */
export interface SetupState {
  completedAt(): number | null;
  complete(): number;
}

export function createSetupState(deps: {
  readonly state: SettingsRepository;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
}): SetupState {
  return {
    completedAt() {
      const value = deps.state.get(key);
      return typeof value === 'number' ? value : null;
    },
    complete() {
      const at = deps.clock.now();
      deps.state.put(key, at, at);
      deps.audit.append('setup.completed', {}, at);
      return at;
    },
  };
}
