import type { Settings } from '../../../shared/settings/settings-schema';
import { useTranslation } from '../state/use-translation';
import { phoneExample } from '../../../shared/settings/phone-numbers';
import { withOptional } from './channel-fields';
import { TextField } from './text-field';

/** How messages to the family name the person and this computer ("Mum", "Mum's laptop"), and her phone. */
export function NamesFields(props: {
  readonly value: Settings;
  readonly onChange: (next: Settings) => void;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  return (
    <>
      <TextField
        label={t('caregiver.seniorName')}
        hint={t('caregiver.seniorName.hint')}
        value={value.seniorName ?? ''}
        path="seniorName"
        onChange={(v) => onChange(withOptional(value, 'seniorName', v))}
      />
      <TextField
        label={t('caregiver.seniorPhone')}
        hint={`${t('caregiver.seniorPhone.hint')} ${t('caregiver.phone.example', phoneExample(value.country))}`}
        type="tel"
        value={value.seniorPhone ?? ''}
        path="seniorPhone"
        onChange={(v) => onChange(withOptional(value, 'seniorPhone', v))}
      />
      <TextField
        label={t('caregiver.computerName')}
        hint={t('caregiver.computerName.hint')}
        value={value.computerName ?? ''}
        path="computerName"
        onChange={(v) => onChange(withOptional(value, 'computerName', v))}
      />
    </>
  );
}
