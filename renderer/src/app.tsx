import { ChecklistScreen } from './screens/checklist-screen';
import { HomeScreen } from './screens/home-screen';
import { PauseScreen } from './screens/pause-screen';
import { SettingsScreen } from './screens/settings-screen';
import { useAppStore } from './state/app-store';

export function App() {
  const screen = useAppStore((s) => s.screen);
  switch (screen) {
    case 'checklist':
      return <ChecklistScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'pause':
      return <PauseScreen />;
    case 'home':
      return <HomeScreen />;
  }
}
