import { NewPinForm } from '../../components/new-pin-form';
import { PinForm } from '../../components/pin-form';
import { useAppStore } from '../../state/app-store';
import { useTranslation } from '../../state/use-translation';

/** Creates the caregiver PIN; a setup started before (PIN already made) asks for it instead. */
export function PinStep(props: {
  readonly pinSet: boolean;
  readonly onBack: () => void;
  readonly onDone: (pin: string) => void;
}) {
  const { t } = useTranslation();
  const core = useAppStore((s) => s.core);
  return (
    <>
      <p className="lead">{t('caregiver.setup.pin.lead')}</p>
      {props.pinSet ? (
        <PinForm
          label={t('caregiver.pin.enter')}
          submitLabel={t('caregiver.setup.next')}
          check={core.checkPin}
          onAccepted={props.onDone}
        />
      ) : (
        <NewPinForm submitLabel={t('caregiver.setup.pin.create')} onDone={props.onDone} />
      )}
      <div className="actions">
        <button type="button" className="button button-quiet" onClick={props.onBack}>
          {t('caregiver.setup.back')}
        </button>
      </div>
    </>
  );
}
