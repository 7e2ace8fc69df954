import { useState } from 'react';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';
import { DoneStep } from './setup/done-step';
import { LanguageStep } from './setup/language-step';
import { PinStep } from './setup/pin-step';
import { SettingsStep } from './setup/settings-step';

const steps = ['language', 'pin', 'person', 'contacts', 'level', 'tools', 'done'] as const;
type Step = (typeof steps)[number];

/**
 * The first-run setup, for the caregiver sitting with the person: language and country, the
 * caregiver PIN, the person and this computer, trusted contacts (one per screen) with a test, the protection level, the family's own
 * remote tools, and last a screen that tells the person, in plain words, what Hold On will do.
 */
export function SetupScreen() {
  const { t } = useTranslation();
  const setup = useAppStore((s) => s.setup);
  const [step, setStep] = useState<Step>('language');
  const [pin, setPin] = useState('');
  const index = steps.indexOf(step);
  const next = (): void => setStep(steps[index + 1] ?? 'done');
  const back = (): void => setStep(steps[index - 1] ?? 'language');
  const title = t(`caregiver.setup.${step}.title`);
  return (
    <ScreenFrame title={title} home>
      <p className="step-count">{t('caregiver.setup.step', { n: index + 1, total: steps.length })}</p>
      {step === 'language' ? <LanguageStep onNext={next} /> : null}
      {step === 'pin' ? (
        <PinStep
          pinSet={setup?.pinSet ?? false}
          onBack={back}
          onDone={(accepted) => {
            setPin(accepted);
            next();
          }}
        />
      ) : null}
      {step === 'person' || step === 'contacts' || step === 'level' || step === 'tools' ? (
        <SettingsStep key={step} part={step} pin={pin} onBack={back} onNext={next} />
      ) : null}
      {step === 'done' ? <DoneStep pin={pin} onBack={back} /> : null}
    </ScreenFrame>
  );
}
