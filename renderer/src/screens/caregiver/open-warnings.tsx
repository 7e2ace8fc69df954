import { describeReason } from '../../../../shared/i18n/i18n';
import { useAppStore } from '../../state/app-store';
import { useTranslation } from '../../state/use-translation';

/**
 * The warnings still open, for the caregiver (behind the PIN): most clear by themselves when
 * their tool or page is gone; one the family has dealt with another way can be marked handled.
 */
export function OpenWarnings(props: { readonly pin: string }) {
  const { t } = useTranslation();
  const core = useAppStore((s) => s.core);
  const incidents = useAppStore((s) => s.status?.situation.incidents);
  if (!incidents || incidents.length === 0) return null;
  return (
    <section aria-labelledby="cg-open">
      <h2 id="cg-open">{t('caregiver.open.title')}</h2>
      <p className="note">{t('caregiver.open.lead')}</p>
      <ul className="open-warnings">
        {incidents.map((incident) => {
          const first = incident.reasons[0];
          return (
            <li key={incident.id}>
              <p>{first ? describeReason(t, first.code, first.vars) : incident.title}</p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void core.markHandled(incident.id, props.pin)}
              >
                {t('caregiver.open.handled')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
