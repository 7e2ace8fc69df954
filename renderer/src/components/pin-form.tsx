import { useId, useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/ipc/result';
import { useTranslation } from '../state/use-translation';
import { pinErrorText } from './pin-error';

/**
 * Asks the caregiver PIN. The core checks it (and counts wrong tries); this form only says what
 * happened. The PIN stays in the screen's memory while it is open and is never stored.
 */
export function PinForm(props: {
  readonly label: string;
  readonly submitLabel: string;
  readonly check: (pin: string) => Promise<Result<unknown>>;
  readonly onAccepted: (pin: string) => void;
}) {
  const { t, language } = useTranslation();
  const id = useId();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await props.check(pin);
    setBusy(false);
    if (result.ok) {
      setProblem('');
      props.onAccepted(pin);
    } else {
      setPin('');
      setProblem(pinErrorText(t, result.error, language));
    }
  };
  return (
    <form className="pin-form" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        <input
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={pin}
          readOnly={busy}
          aria-describedby={`${id}-problem`}
          aria-invalid={problem !== ''}
          onChange={(e) => setPin(e.target.value.replace(/[^0-9]/g, ''))}
        />
      </div>
      <p id={`${id}-problem`} className="problem" role="alert">
        {problem}
      </p>
      <button type="submit" className="button button-primary" disabled={busy || pin.length === 0}>
        {props.submitLabel}
      </button>
    </form>
  );
}
