import type { Country } from '../settings/choices';

/**
 * Where to report a tech-support scam, per country, checked in November 2026 against the
 * organisations' own pages where our sources held them (the page is cited beside each entry;
 * "not confirmed on its own site" says where only a second source was found). Purposes are
 * in the i18n catalogs as `report.<id>.purpose`.
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
    // FTC's own tech-support scam alert says to report at ftc.gov/complaint, which is the
    // ReportFraud.ftc.gov service (https://consumer.ftc.gov/consumer-alerts/2020/tech-support-scams).
    { id: 'ftc', name: 'Federal Trade Commission (FTC)', phone: null, web: 'ReportFraud.ftc.gov' },
    // FBI: IC3 takes internet-crime reports; tech-support fraud is the top crime reported by
    // people over 60 (https://www.fbi.gov/how-we-can-help-you/scams-and-safety/common-scams-and-crimes/elder-fraud).
    // The ic3.gov address itself was not confirmed on an FBI page in our sources.
    { id: 'ic3', name: 'FBI Internet Crime Complaint Center (IC3)', phone: null, web: 'ic3.gov' },
    // https://www.aarp.org/money/scams-fraud/helpline/ ("877-908-3360", free for members and non-members)
    { id: 'aarp', name: 'AARP Fraud Watch Network Helpline', phone: '877-908-3360', web: 'aarp.org/fraud' },
  ],
  GB: [
    // Action Fraud became Report Fraud on 4 December 2025 (City of London Police announcement;
    // the old addresses redirect); same phone number. Scotland: Police Scotland on 101
    // (https://www.scotland.police.uk/contact-us/). Not confirmed on reportfraud.police.uk itself.
    {
      id: 'reportFraud',
      name: 'Report Fraud (was Action Fraud)',
      phone: '0300 123 2040',
      web: 'reportfraud.police.uk',
    },
  ],
  AU: [
    // https://www.scamwatch.gov.au/report-a-scam (online only)
    { id: 'scamwatch', name: 'Scamwatch', phone: null, web: 'scamwatch.gov.au' },
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
    // https://www.polizei.de/ ("Notruf 110"); each Land runs an Onlinewache for reports.
    { id: 'polizei', name: 'Polizei', phone: '110', web: 'polizei.de' },
    // Verbraucherzentrale advice and Phishing-Radar (seen on verbraucherzentrale-bawue.de; not
    // confirmed on verbraucherzentrale.de itself).
    { id: 'verbraucherzentrale', name: 'Verbraucherzentrale', phone: null, web: 'verbraucherzentrale.de' },
  ],
  ES: [
    // https://www.incibe.es/linea-de-ayuda-en-ciberseguridad ("017", every day 8:00–23:00;
    // WhatsApp 900 116 117). It advises; it does not take police reports.
    { id: 'incibe', name: 'INCIBE: Línea de Ayuda en Ciberseguridad', phone: '017', web: 'incibe.es' },
    // Policía Nacional: 091 and its online office denuncias.policia.es (not confirmed on
    // policia.es in our sources).
    { id: 'policia', name: 'Policía Nacional', phone: '091', web: 'policia.es' },
  ],
};
