import { AllowedToolsPicker } from '../../components/allowed-tools-picker';
import { ContactsEditor } from '../../components/contacts-editor';
import { ProtectionLevelPicker } from '../../components/protection-level-picker';
import { NamesFields } from '../../components/names-fields';
import { useSettingsDraft } from '../../state/use-settings-draft';
import { useTranslation } from '../../state/use-translation';

/** The setup steps that edit the settings document: contacts, protection level, allowed tools. */
export function SettingsStep(props: {
  readonly part: 'contacts' | 'level' | 'tools';
  readonly pin: string;
  readonly onBack: () => void;
  readonly onNext: () => void;
}) {
  const { t } = useTranslation();
  const { draft, setDraft, save, testContact, errorField, outcomeText, outcome } = useSettingsDraft(
    props.pin,
  );
  const saveAndGo = async (): Promise<void> => {
    if (await save()) props.onNext();
  };
  return (
    <>
      <p className="lead">{t(`caregiver.setup.${props.part}.lead`)}</p>
      {props.part === 'contacts' ? (
        <>
          <NamesFields value={draft} errorField={errorField} onChange={setDraft} />
          <ContactsEditor value={draft} onChange={setDraft} errorField={errorField} onTest={testContact} />
        </>
      ) : null}
      {props.part === 'level' ? (
        <ProtectionLevelPicker
          value={draft.protection?.level ?? 'alert'}
          onChange={(level) => setDraft({ ...draft, protection: { level } })}
        />
      ) : null}
      {props.part === 'tools' ? (
        <AllowedToolsPicker
          value={draft.allowedTools ?? []}
          onChange={(allowedTools) => setDraft({ ...draft, allowedTools })}
        />
      ) : null}
      <p className={outcome?.saved === false ? 'problem' : 'note'} role="status">
        {outcome?.saved === false ? outcomeText : ''}
      </p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => void saveAndGo()}>
          {t('caregiver.setup.saveNext')}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onBack}>
          {t('caregiver.setup.back')}
        </button>
      </div>
    </>
  );
}
