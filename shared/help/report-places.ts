import type { Country } from '../settings/choices';

/**
 * Where to report a tech-support scam, per country. Each entry was checked against the
 * organisation's own site (cited beside it). Purposes are in the i18n catalogs as
 * `report.<id>.purpose`.
 */
export interface ReportPlace {
  readonly id: string;
  /** The organisation's own name for itself. */
  readonly name: string;
  readonly phone: string | null;
  readonly web: string;
}

export const reportPlaces: Readonly<Record<Country, readonly ReportPlace[]>> = {
  US: [
    // https://reportfraud.ftc.gov/ and https://www.ftc.gov/contact ("1-877-382-4357")
    {
      id: 'ftc',
      name: 'Federal Trade Commission (FTC)',
      phone: '1-877-382-4357',
      web: 'ReportFraud.ftc.gov',
    },
    // https://www.ic3.gov/ (online only)
    { id: 'ic3', name: 'FBI Internet Crime Complaint Center (IC3)', phone: null, web: 'ic3.gov' },
  ],
  GB: [
    // https://www.actionfraud.police.uk/contact-us ("0300 123 2040")
    { id: 'actionFraud', name: 'Action Fraud', phone: '0300 123 2040', web: 'actionfraud.police.uk' },
    // https://www.stopscamsuk.org.uk/159 ("call 159 … to reach your bank")
    { id: 'bank159', name: 'Stop Scams UK: 159', phone: '159', web: 'stopscamsuk.org.uk' },
  ],
  AU: [
    // https://www.scamwatch.gov.au/report-a-scam (online)
    { id: 'scamwatch', name: 'Scamwatch', phone: null, web: 'scamwatch.gov.au/report-a-scam' },
    // https://www.cyber.gov.au/report-and-recover/report ("1300 CYBER1 (1300 292 371)")
    {
      id: 'reportCyber',
      name: 'ReportCyber (Australian Cyber Security Centre)',
      phone: '1300 292 371',
      web: 'cyber.gov.au/report',
    },
  ],
  CA: [
    // https://antifraudcentre-centreantifraude.ca/report-signalez-eng.htm ("1-888-495-8501")
    {
      id: 'cafc',
      name: 'Canadian Anti-Fraud Centre',
      phone: '1-888-495-8501',
      web: 'antifraudcentre-centreantifraude.ca',
    },
  ],
  DE: [
    // https://www.polizei.de/ ("Notruf 110"; each Land's Onlinewache is linked there)
    { id: 'polizei', name: 'Polizei', phone: '110', web: 'polizei.de' },
    // https://www.verbraucherzentrale.de/
    { id: 'verbraucherzentrale', name: 'Verbraucherzentrale', phone: null, web: 'verbraucherzentrale.de' },
  ],
  ES: [
    // https://www.incibe.es/linea-de-ayuda-en-ciberseguridad ("017")
    { id: 'incibe', name: 'INCIBE: Línea de Ayuda en Ciberseguridad', phone: '017', web: 'incibe.es' },
    // https://www.policia.es/ ("091")
    { id: 'policia', name: 'Policía Nacional', phone: '091', web: 'policia.es' },
  ],
};
