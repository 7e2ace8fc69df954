import { create } from 'zustand';
import { screenNames, type ScreenName, type SetupStatus } from '../../../shared/ipc/contract';
import type { CloseBrowserResult } from '../../../shared/model/browser';
import type { Incident } from '../../../shared/model/incident';
import type { ProtectionStatus } from '../../../shared/model/protection';
import type { EndSessionResult } from '../../../shared/model/remote-tools';
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
  | { readonly kind: 'session'; readonly result: EndSessionResult }
  | { readonly kind: 'browser'; readonly result: CloseBrowserResult }
  | { readonly kind: 'trusted-help'; readonly incident: Incident };

/** A warning window of the app shell (one per display) rather than the main window. */
const inWarningWindow = (): boolean => window.location.hash.startsWith('#interruption/');

const interrupts = (incident: Incident): boolean =>
  incident.resolvedAt === null && (incident.severity === 'warning' || incident.severity === 'danger');

export interface AppState {
  /** The core's channels, by name: the only way screens reach the core. */
  readonly core: CoreCalls;
  readonly connection: ConnectionState;
  readonly status: ProtectionStatus | null;
  readonly settings: Settings | null;
  /** Whether the caregiver finished the setup (null until the core answers). */
  readonly setup: SetupStatus | null;
  readonly screen: ScreenName;
  /** The incident the warning screen is showing, over every other screen. */
  readonly interruption: Incident | null;
  readonly outcome: Outcome | null;
  go(screen: ScreenName): void;
  showOutcome(outcome: Outcome): void;
  closeInterruption(): void;
  /** "Not sure? Answer a few questions" on the warning: the checklist, in the same window. */
  openChecklist(): void;
  refresh(): Promise<void>;
}

/** The one client of this window (Electron IPC or the preview socket); screens use `core`. */
const client = createClient();

export const useAppStore = create<AppState>((set) => ({
  core: createCoreCalls(client, (change) => set(change)),
  connection: 'connecting',
  status: null,
  settings: null,
  setup: null,
  screen: screenFromHash(window.location.hash),
  interruption: null,
  outcome: null,
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
    set({ interruption: null, outcome });
  },
  closeInterruption() {
    if (inWarningWindow()) window.close();
    set({ interruption: null });
  },
  openChecklist() {
    // A warning window keeps its address, so leaving the checklist closes it as usual.
    if (!inWarningWindow()) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#checklist`);
    }
    set({ interruption: null, outcome: null, screen: 'checklist' });
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

/** Wires push events from the core into the store; called once at start. */
export function connectStore(): void {
  client.onConnection((connection) => {
    useAppStore.setState({ connection });
    if (connection === 'online') void useAppStore.getState().refresh();
  });
  client.subscribe('protection.status', (status) => useAppStore.setState({ status }));
  client.subscribe('ui.navigate', ({ screen }) => useAppStore.getState().go(screen));
  client.subscribe('incident.opened', (incident) => {
    const current = useAppStore.getState().interruption;
    // A more serious incident takes the screen; a lesser one waits in the history.
    if (
      interrupts(incident) &&
      (!current || current.severity !== 'danger' || incident.severity === 'danger')
    ) {
      useAppStore.setState({ interruption: incident, outcome: null });
    }
  });
  client.subscribe('incident.updated', (incident) => {
    const current = useAppStore.getState().interruption;
    if (current?.id !== incident.id) return;
    useAppStore.setState({ interruption: incident.resolvedAt === null ? incident : null });
  });
  // A warning window opened by the app shell names its incident: `#interruption/<id>`.
  const wanted = /^#interruption\/(.+)$/.exec(window.location.hash)?.[1];
  if (wanted) {
    void client.invoke('incidents.list', { limit: 50 }).then((result) => {
      const incident = result.ok ? result.value.find((i) => i.id === decodeURIComponent(wanted)) : undefined;
      if (incident && interrupts(incident)) useAppStore.setState({ interruption: incident });
    });
  }
}
