import type { Clock } from './ports/clock';
import type { EventRepository } from './store/event-repository';
import type { SettingsRepository } from './store/settings-repository';

const key = 'setup.completedAt';

/** Whether the caregiver finished the first-run setup (the app shows the wizard until then). */
export interface SetupState {
  completedAt(): number | null;
  complete(): number;
}

export function createSetupState(deps: {
  readonly state: SettingsRepository;
  readonly events: EventRepository;
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
      deps.events.append('setup.completed', {}, at);
      return at;
    },
  };
}
