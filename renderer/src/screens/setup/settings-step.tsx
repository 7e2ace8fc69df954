import { AllowedToolsPicker } from '../../components/allowed-tools-picker';
import { ContactsEditor, newContact } from '../../components/contacts-editor';
import { FieldProblemsProvider } from '../../components/field-problems';
import { NamesFields } from '../../components/names-fields';
import { ProblemList } from '../../components/problem-list';
import { ProtectionLevelPicker } from '../../components/protection-level-picker';
import { useSettingsDraft } from '../../state/use-settings-draft';
import { useTranslation } from '../../state/use-translation';

/** The setup steps that edit the settings document: the person, contacts, protection level, allowed tools. */
export function SettingsStep(props: {
  readonly part: 'person' | 'contacts' | 'level' | 'tools';
  readonly pin: string;
  readonly onBack: () => void;
  readonly onNext: () => void;
}) {
  const { t } = useTranslation();
  const { draft, setDraft, save, testContact, confirmContact, problems, outcomeText, outcome } =
    useSettingsDraft(props.pin, (settings) =>
      // The contacts step opens on the first person's boxes, not on an empty list.
      props.part === 'contacts' && !settings.contacts?.length
        ? { ...settings, contacts: [newContact()] }
        : settings,
    );
  const saveAndGo = async (): Promise<void> => {
    if (await save()) props.onNext();
  };
  return (
    <FieldProblemsProvider problems={problems} country={draft.country}>
      <p className="lead">{t(`caregiver.setup.${props.part}.lead`)}</p>
      {props.part === 'person' ? <NamesFields value={draft} onChange={setDraft} /> : null}
      {props.part === 'contacts' ? (
        <ContactsEditor
          value={draft}
          pin={props.pin}
          onChange={setDraft}
          onTest={testContact}
          onConfirm={confirmContact}
          pairAtOnce
        />
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
      <div role="status">
        <p className={outcome?.saved === false ? 'problem' : 'note'}>
          {outcome?.saved === false ? outcomeText : ''}
        </p>
        <ProblemList problems={problems} settings={draft} />
      </div>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => void saveAndGo()}>
          {t('caregiver.setup.saveNext')}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onBack}>
          {t('caregiver.setup.back')}
        </button>
      </div>
    </FieldProblemsProvider>
  );
}
