import { protectionLevels, type ProtectionLevel } from '../../../shared/settings/settings-schema';
import { useTranslation } from '../state/use-translation';

/** Warn / warn and alert the family (the default) / also end unknown remote tools at once. */
export function ProtectionLevelPicker(props: {
  readonly value: ProtectionLevel;
  readonly onChange: (level: ProtectionLevel) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="choices">
      <legend>{t('caregiver.level.legend')}</legend>
      {protectionLevels.map((level) => (
        <label key={level} className="choice choice-block">
          <input
            type="radio"
            name="protection-level"
            value={level}
            checked={props.value === level}
            onChange={() => props.onChange(level)}
          />
          <span>
            <strong>{t(`caregiver.level.${level}`)}</strong>
            <span className="choice-detail">{t(`caregiver.level.${level}.detail`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
