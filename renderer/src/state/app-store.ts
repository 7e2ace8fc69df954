import { create } from 'zustand';
import type { ScreenName } from '../../../shared/ipc/contract';
import type { ProtectionStatus } from '../../../shared/model/protection';
import type { Settings } from '../../../shared/settings/settings-schema';
import { createClient, type Client, type ConnectionState } from '../api/client';

const screens: readonly ScreenName[] = ['home', 'checklist', 'settings', 'pause'];

function screenFromHash(hash: string): ScreenName {
  const name = hash.replace(/^#/, '');
  return (screens as readonly string[]).includes(name) ? (name as ScreenName) : 'home';
}

export interface AppState {
  readonly client: Client;
  readonly connection: ConnectionState;
  readonly status: ProtectionStatus | null;
  readonly settings: Settings | null;
  readonly screen: ScreenName;
  go(screen: ScreenName): void;
  refresh(): Promise<void>;
}

export const useAppStore = create<AppState>((set, get) => ({
  client: createClient(),
  connection: 'connecting',
  status: null,
  settings: null,
  screen: screenFromHash(window.location.hash),
  go(screen) {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${screen}`);
    set({ screen });
  },
  async refresh() {
    const { client } = get();
    const [status, settings] = await Promise.all([
      client.invoke('status.get', {}),
      client.invoke('settings.get', {}),
    ]);
    set({
      ...(status.ok ? { status: status.value } : {}),
      ...(settings.ok ? { settings: settings.value } : {}),
    });
  },
}));

/** Wires push events from the core into the store; called once at start. */
export function connectStore(): void {
  const { client } = useAppStore.getState();
  client.onConnection((connection) => {
    useAppStore.setState({ connection });
    if (connection === 'online') void useAppStore.getState().refresh();
  });
  client.subscribe('protection.status', (status) => useAppStore.setState({ status }));
  client.subscribe('ui.navigate', ({ screen }) => useAppStore.getState().go(screen));
}
