import { useState, type SetStateAction } from 'react';
import { AllowedToolsPicker } from '../components/allowed-tools-picker';
import { NamesFields } from '../components/names-fields';
import { ContactsEditor } from '../components/contacts-editor';
import { FieldProblemsProvider } from '../components/field-problems';
import { NewPinForm } from '../components/new-pin-form';
import { PinForm } from '../components/pin-form';
import { ProblemList } from '../components/problem-list';
import { ProtectionLevelPicker } from '../components/protection-level-picker';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useSettingsDraft } from '../state/use-settings-draft';
import { useTranslation } from '../state/use-translation';
import { OpenWarnings } from './caregiver/open-warnings';
import { SettingsFiles } from './caregiver/settings-files';

const keepChoices = [90, 180, 365, 730, 1825] as const;

/** The caregiver's settings, behind the PIN. The PIN is kept only while this screen is open. */
export function CaregiverScreen() {
  const { t } = useTranslation();
  const core = useAppStore((s) => s.core);
  const [pin, setPin] = useState<string | null>(null);
  if (pin === null) {
    return (
      <ScreenFrame title={t('caregiver.title')}>
        <p className="lead">{t('caregiver.locked.lead')}</p>
        <PinForm
          label={t('caregiver.pin.enter')}
          submitLabel={t('caregiver.unlock')}
          check={core.checkPin}
          onAccepted={setPin}
        />
      </ScreenFrame>
    );
  }
  return <CaregiverSettings pin={pin} onPinChanged={setPin} />;
}

function CaregiverSettings(props: { readonly pin: string; readonly onPinChanged: (pin: string) => void }) {
  const { t } = useTranslation();
  const go = useAppStore((s) => s.go);
  const { draft, setDraft, save, testContact, confirmContact, problems, outcomeText, outcome, clearOutcome } =
    useSettingsDraft(props.pin);
  const [pinChanged, setPinChanged] = useState(false);
  const edit = (next: SetStateAction<typeof draft>): void => {
    clearOutcome();
    setDraft(next);
  };
  return (
    <ScreenFrame title={t('caregiver.title')}>
      <FieldProblemsProvider problems={problems} country={draft.country}>
        <OpenWarnings pin={props.pin} />
        <section aria-labelledby="cg-contacts">
          <h2 id="cg-contacts">{t('caregiver.contacts.title')}</h2>
          <NamesFields value={draft} onChange={edit} />
          <ContactsEditor
            value={draft}
            pin={props.pin}
            onChange={edit}
            onTest={testContact}
            onConfirm={confirmContact}
          />
        </section>
        <section aria-labelledby="cg-level">
          <h2 id="cg-level">{t('caregiver.level.title')}</h2>
          <ProtectionLevelPicker
            value={draft.protection?.level ?? 'alert'}
            onChange={(level) => edit({ ...draft, protection: { level } })}
          />
        </section>
        <section aria-labelledby="cg-tools">
          <h2 id="cg-tools">{t('caregiver.tools.title')}</h2>
          <p className="note">{t('caregiver.tools.lead')}</p>
          <AllowedToolsPicker
            value={draft.allowedTools ?? []}
            onChange={(allowedTools) => edit({ ...draft, allowedTools })}
          />
        </section>
        <section aria-labelledby="cg-history">
          <h2 id="cg-history">{t('caregiver.history.title')}</h2>
          <div className="field">
            <label htmlFor="keep-days">{t('caregiver.history.keep')}</label>
            <select
              id="keep-days"
              value={draft.history?.keepDays ?? 365}
              onChange={(e) => edit({ ...draft, history: { keepDays: Number(e.target.value) } })}
            >
              {keepChoices.map((days) => (
                <option key={days} value={days}>
                  {t('caregiver.history.keepDays', { count: days })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-secondary" onClick={() => go('history')}>
            {t('caregiver.history.open')}
          </button>
        </section>
        <div className="save-bar">
          <div role="status">
            <p className={outcome?.saved === false ? 'problem' : 'note'}>{outcomeText}</p>
            <ProblemList problems={problems} settings={draft} />
          </div>
          <button type="button" className="button button-primary" onClick={() => void save()}>
            {t('caregiver.save')}
          </button>
        </div>
        <section aria-labelledby="cg-pause">
          <h2 id="cg-pause">{t('caregiver.pause.title')}</h2>
          <button type="button" className="button button-secondary" onClick={() => go('pause')}>
            {t('caregiver.pause.open')}
          </button>
        </section>
        <SettingsFiles pin={props.pin} onImported={(next) => setDraft(next)} />
        <section aria-labelledby="cg-pin">
          <h2 id="cg-pin">{t('caregiver.pin.change')}</h2>
          <NewPinForm
            current={props.pin}
            submitLabel={t('caregiver.pin.change')}
            onDone={(next) => {
              setPinChanged(true);
              props.onPinChanged(next);
            }}
          />
          <p className="note" role="status">
            {pinChanged ? t('caregiver.pin.changed') : ''}
          </p>
        </section>
      </FieldProblemsProvider>
    </ScreenFrame>
  );
}
