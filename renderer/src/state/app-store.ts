import { create } from 'zustand';
import {
  screenNames,
  type EndToolsResult,
  type ScreenName,
  type SetupStatus,
} from '../../../shared/ipc/contract';
import type { CloseBrowserResult } from '../../../shared/model/browser';
import type { Incident } from '../../../shared/model/incident';
import type { ProtectionStatus } from '../../../shared/model/protection';
import type { Settings } from '../../../shared/settings/settings-schema';
import { createClient } from '../api/client';
import type { ConnectionState } from '../api/client-types';
import { createCoreCalls, type CoreCalls } from './core-calls';

function screenFromHash(hash: string): ScreenName {
  const name = hash.replace(/^#/, '');
  return (screenNames as readonly string[]).includes(name) ? (name as ScreenName) : 'home';
}

/** What happened after the person chose a safe action: shown on the confirmation screen. */
export type Outcome =
  | { readonly kind: 'tools'; readonly result: EndToolsResult }
  | { readonly kind: 'browser'; readonly result: CloseBrowserResult };

/** A warning window of the app shell (one per display) rather than the main window. */
const inWarningWindow = (): boolean => window.location.hash.startsWith('#warning');

export interface AppState {
  /** The core's channels, by name: the only way screens reach the core. */
  readonly core: CoreCalls;
  readonly connection: ConnectionState;
  readonly status: ProtectionStatus | null;
  readonly settings: Settings | null;
  /** Whether the caregiver finished the setup (null until the core answers). */
  readonly setup: SetupStatus | null;
  readonly screen: ScreenName;
  /**
   * The warning's `raise` when the person closed it: it stays closed until the warning must come
   * back (a new warning, a rise to danger, the same tool again). Kept in memory only, so a reload
   * shows it again.
   */
  readonly warningClosedAt: number | null;
  readonly outcome: Outcome | null;
  /** A tool Hold On closed by itself (strict mode): the calm screen that explains, until closed. */
  readonly blocked: Incident | null;
  go(screen: ScreenName): void;
  showOutcome(outcome: Outcome): void;
  /** "Close this message", after its wait. */
  closeWarning(): void;
  /** "Show the warning again" (home). */
  showWarning(): void;
  closeBlocked(): void;
  /** "Not sure? Answer a few questions" on the warning: the checklist, in the same window. */
  openChecklist(): void;
  refresh(): Promise<void>;
}

/** The one client of this window (Electron IPC or the preview socket); screens use `core`. */
const client = createClient();

export const useAppStore = create<AppState>((set, get) => ({
  core: createCoreCalls(client, (change) => set(change)),
  connection: 'connecting',
  status: null,
  settings: null,
  setup: null,
  screen: screenFromHash(window.location.hash),
  warningClosedAt: null,
  outcome: null,
  blocked: null,
  go(screen) {
    // A warning window has done its job once the person leaves the warning or its confirmation.
    if (inWarningWindow()) {
      window.close();
      return;
    }
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${screen}`);
    set({ screen, outcome: null });
  },
  showOutcome(outcome) {
    set({ outcome, warningClosedAt: get().status?.situation.raise ?? null });
  },
  closeWarning() {
    set({ warningClosedAt: get().status?.situation.raise ?? 0 });
    if (inWarningWindow()) window.close();
  },
  showWarning() {
    set({ warningClosedAt: null, outcome: null });
  },
  closeBlocked() {
    set({ blocked: null });
  },
  openChecklist() {
    // A warning window keeps its address, so leaving the checklist closes it as usual.
    if (!inWarningWindow()) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#checklist`);
    }
    set({ warningClosedAt: get().status?.situation.raise ?? 0, outcome: null, screen: 'checklist' });
  },
  async refresh() {
    const [status, settings, setup] = await Promise.all([
      client.invoke('status.get', {}),
      client.invoke('settings.get', {}),
      client.invoke('setup.status', {}),
    ]);
    set({
      ...(status.ok ? { status: status.value } : {}),
      ...(settings.ok ? { settings: settings.value } : {}),
      ...(setup.ok ? { setup: setup.value } : {}),
    });
  },
}));

/** Whether the warning is on the screen now: something is open, and it was not closed since it last rose. */
export function warningShown(state: Pick<AppState, 'status' | 'warningClosedAt'>): boolean {
  const situation = state.status?.situation;
  if (!situation || situation.incidents.length === 0) return false;
  return state.warningClosedAt === null || situation.raise > state.warningClosedAt;
}

/** Wires push events from the core into the store; called once at start. */
export function connectStore(): void {
  client.onConnection((connection) => {
    useAppStore.setState({ connection });
    if (connection === 'online') void useAppStore.getState().refresh();
  });
  client.subscribe('protection.status', (status) => useAppStore.setState({ status }));
  client.subscribe('ui.navigate', ({ screen }) => useAppStore.getState().go(screen));
  client.subscribe('incident.updated', (incident) => {
    // Strict mode ended a tool by itself: explain, calmly, until the person closes it.
    if (incident.resolution === 'blocked') useAppStore.setState({ blocked: incident });
  });
}
