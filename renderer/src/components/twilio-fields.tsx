import type { Settings } from '../../../shared/settings/settings-schema';
import { useTranslation } from '../state/use-translation';
import { TextField } from './text-field';

/** The Twilio account text messages are sent from: Account SID, auth token, sending number. */
export function TwilioFields(props: {
  readonly value: Settings;
  readonly onChange: (next: Settings) => void;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  return (
    <fieldset className="card">
      <legend>{t('caregiver.twilio.legend')}</legend>
      {(['accountSid', 'authToken', 'from'] as const).map((key) => (
        <TextField
          key={key}
          label={t(`caregiver.twilio.${key}`)}
          type={key === 'authToken' ? 'password' : 'text'}
          value={value.twilio?.[key] ?? ''}
          path={`twilio.${key}`}
          onChange={(text) =>
            onChange({
              ...value,
              twilio: { accountSid: '', authToken: '', from: '', ...value.twilio, [key]: text.trim() },
            })
          }
        />
      ))}
    </fieldset>
  );
}
