import { useState } from 'react';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';
import { PinForm } from './pin-form';

/**
 * "Someone I know is helping me": the person alone cannot let a remote tool stay. The family
 * member who set Hold On up types the caregiver PIN here (or, with push alerts, answers from
 * their phone); until then the warning stands. Opening this is told to the family.
 */
export function HelpApproval(props: { readonly onAsked: () => void }) {
  const { t } = useTranslation();
  const core = useAppStore((s) => s.core);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={false}
        onClick={() => {
          setOpen(true);
          props.onAsked();
        }}
      >
        {t('interruption.askedForHelp')}
      </button>
    );
  }
  return (
    <section className="help-approval" aria-labelledby="help-approval-title">
      <h2 id="help-approval-title">{t('interruption.help.title')}</h2>
      <p>{t('interruption.help.lead')}</p>
      <PinForm
        label={t('interruption.help.pin')}
        submitLabel={t('interruption.help.approve')}
        check={core.approveHelp}
        onAccepted={() => setOpen(false)}
      />
    </section>
  );
}
