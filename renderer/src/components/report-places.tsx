import { effectiveCountry } from '../../../shared/help/country';
import { reportPlaces } from '../../../shared/help/report-places';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/** The country's own places to report a scam, with phone numbers written large. */
export function ReportPlaces() {
  const { t } = useTranslation();
  const chosen = useAppStore((s) => s.settings?.country);
  const places = reportPlaces[effectiveCountry(chosen, navigator.language)];
  return (
    <ul className="report-places">
      {places.map((place) => (
        <li key={place.id}>
          <strong>{place.name}</strong>
          <span>{t(`report.${place.id}.purpose` as MessageKey)}</span>
          {place.phone ? (
            <span className="report-phone">{t('report.phone', { phone: place.phone })}</span>
          ) : null}
          <span className="report-web">{t('report.web', { url: place.web })}</span>
        </li>
      ))}
    </ul>
  );
}
