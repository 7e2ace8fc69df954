import { ChecklistScreen } from './screens/checklist-screen';
import { ConfirmationScreen } from './screens/confirmation-screen';
import { InterruptionScreen } from './screens/interruption-screen';
import { MessageScreen } from './screens/message-screen';
import { HomeScreen } from './screens/home-screen';
import { PauseScreen } from './screens/pause-screen';
import { SettingsScreen } from './screens/settings-screen';
import { CaregiverScreen } from './screens/caregiver-screen';
import { HistoryScreen } from './screens/history-screen';
import { QuitScreen } from './screens/quit-screen';
import { SetupScreen } from './screens/setup-screen';
import { useAppStore } from './state/app-store';

export function App() {
  const screen = useAppStore((s) => s.screen);
  const interruption = useAppStore((s) => s.interruption);
  const outcome = useAppStore((s) => s.outcome);
  const setup = useAppStore((s) => s.setup);
  // The warning comes before everything, then what happened after a choice.
  if (interruption) return <InterruptionScreen key={interruption.id} incident={interruption} />;
  if (outcome) return <ConfirmationScreen outcome={outcome} />;
  // A new install opens on the setup screens until the caregiver finishes them.
  if (setup && setup.completedAt === null) return <SetupScreen />;
  switch (screen) {
    case 'setup':
      return setup?.completedAt ? <CaregiverScreen /> : <SetupScreen />;
    case 'caregiver':
      return <CaregiverScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'quit':
      return <QuitScreen />;
    case 'checklist':
      return <ChecklistScreen />;
    case 'message':
      return <MessageScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'pause':
      return <PauseScreen />;
    case 'home':
      return <HomeScreen />;
  }
}
