import { useState, type FormEvent } from 'react';
import { pinProblem } from '../../../shared/settings/pin-rules';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';
import { apiErrorText } from './api-error-text';
import { TextField } from './text-field';

/** Creates the caregiver PIN (typed twice), or changes it when `current` is the PIN now. */
export function NewPinForm(props: {
  readonly current?: string;
  readonly submitLabel: string;
  readonly onDone: (pin: string) => void;
}) {
  const { t, language } = useTranslation();
  const core = useAppStore((s) => s.core);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const local = pinProblem(pin);
    if (local) return setProblem(t(`caregiver.pin.${local}`));
    if (pin !== again) return setProblem(t('caregiver.pin.mismatch'));
    setBusy(true);
    const result = await core.setPin(pin, props.current);
    setBusy(false);
    if (!result.ok) {
      // The core checks the same rules as above; anything else it refuses is said in plain words.
      const rule = pinProblem(pin);
      return setProblem(rule ? t(`caregiver.pin.${rule}`) : apiErrorText(t, result.error, language));
    }
    useAppStore.setState({ setup: result.value });
    setProblem('');
    setPin('');
    setAgain('');
    props.onDone(pin);
  };
  const digits = (v: string): string => v.replace(/[^0-9]/g, '').slice(0, 12);
  return (
    <form onSubmit={(e) => void submit(e)}>
      <TextField
        label={t('caregiver.pin.new')}
        hint={t('caregiver.pin.rules')}
        type="password"
        value={pin}
        path="newPin"
        autoComplete="new-password"
        onChange={(v) => setPin(digits(v))}
      />
      <TextField
        label={t('caregiver.pin.again')}
        type="password"
        value={again}
        path="again"
        autoComplete="new-password"
        onChange={(v) => setAgain(digits(v))}
      />
      <p className="problem" role="alert">
        {problem}
      </p>
      <button type="submit" className="button button-primary" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
