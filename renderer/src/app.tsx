import { ChecklistScreen } from './screens/checklist-screen';
import { ConfirmationScreen } from './screens/confirmation-screen';
import { BlockedScreen } from './screens/blocked-screen';
import { WarningScreen } from './screens/warning-screen';
import { HelpBar } from './components/help-bar';
import { MessageScreen } from './screens/message-screen';
import { HomeScreen } from './screens/home-screen';
import { PauseScreen } from './screens/pause-screen';
import { SettingsScreen } from './screens/settings-screen';
import { CaregiverScreen } from './screens/caregiver-screen';
import { HistoryScreen } from './screens/history-screen';
import { QuitScreen } from './screens/quit-screen';
import { SetupScreen } from './screens/setup-screen';
import { useAppStore, warningShown } from './state/app-store';

export function App() {
  return (
    <>
      <HelpBar />
      <Screen />
    </>
  );
}

function Screen() {
  const screen = useAppStore((s) => s.screen);
  const status = useAppStore((s) => s.status);
  const showWarning = useAppStore(warningShown);
  const outcome = useAppStore((s) => s.outcome);
  const blocked = useAppStore((s) => s.blocked);
  const setup = useAppStore((s) => s.setup);
  // What Hold On closed by itself, then the warning, before everything; then what happened
  // after a choice.
  if (blocked) return <BlockedScreen incident={blocked} />;
  if (showWarning && status) return <WarningScreen situation={status.situation} />;
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
