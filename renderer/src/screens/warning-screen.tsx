import { readablePhone } from '../../../shared/settings/phone-numbers';
import { apiErrorText } from '../components/api-error-text';
import { useEffect, useState } from 'react';
import { describeReason } from '../../../shared/i18n/i18n';
import type { Incident } from '../../../shared/model/incident';
import type { Situation } from '../../../shared/model/protection';
import { BoxedList } from '../components/boxed-list';
import { CloseCountdown } from '../components/close-countdown';
import { HelpApproval } from '../components/help-approval';
import { listOf } from '../components/list-format';
import { PagePicture } from '../components/page-picture';
import { StatusIcon } from '../components/status-icon';
import { useScreenHeading } from '../components/use-screen-heading';
import { readAloud } from '../speech/read-aloud';
import { useAppStore } from '../state/app-store';
import type { InterruptionChoice } from '../state/core-calls';
import { useTranslation } from '../state/use-translation';

/** Reasons that add advice to a danger rather than say why it is one. */
const advice = new Set(['reason.helpSessionStillWarns', 'reason.refund.trick']);

/** Why an incident is danger: the newest reason that says so. */
const dangerReasonOf = (incident: Incident) =>
  [...incident.reasons].reverse().find((r) => !advice.has(r.code));

/** The incident the headline speaks of: the newest danger, else the newest warning. */
const leadOf = (incidents: readonly Incident[]): Incident | undefined =>
  incidents.find((i) => i.severity === 'danger') ?? incidents[0];

/**
 * One warning for the whole situation, used by a frightened person while a stranger on the
 * phone tells them what to click. It names every remote tool running now; the way to safety
 * (End, Close the web browser, Call) is first, largest and instant; the ways out cost a wait
 * (Close) or need the family (a help session); it never says "safe".
 */
export function WarningScreen(props: { readonly situation: Situation }) {
  const { situation } = props;
  const { t, language } = useTranslation();
  const { core, settings, showOutcome, closeWarning, openChecklist } = useAppStore();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [calling, setCalling] = useState(false);
  const autoRead = settings?.readAloud === true;
  const [reading, setReading] = useState(autoRead);
  const [noVoice, setNoVoice] = useState(false);

  const lead = leadOf(situation.incidents);
  const tools = situation.remoteTools.filter((r) => !r.helpSession);
  const toolNames = tools.map((r) => r.toolName);
  const page = situation.incidents.find((i) => i.kind === 'browser-lockup');
  const danger = situation.severity === 'danger';
  const justStarted = tools.some((r) =>
    situation.incidents.some((i) => i.id === r.incidentId && i.reasons[0]?.code === 'reason.toolStarted'),
  );

  const headline = danger
    ? t('interruption.headline.danger')
    : toolNames.length > 1
      ? t('interruption.headline.remoteMany', { tools: listOf(toolNames, language) })
      : toolNames.length === 1
        ? t(justStarted ? 'interruption.headline.remote' : 'interruption.headline.remoteRunning', {
            tool: toolNames[0] ?? '',
          })
        : page
          ? t('interruption.headline.browser')
          : t('interruption.headline.other');
  // Danger says why at once: the newest reason it rose to danger for.
  const dangerReason = danger && lead ? dangerReasonOf(lead) : undefined;
  const top = dangerReason
    ? describeReason(t, dangerReason.code, dangerReason.vars)
    : tools.length > 0
      ? t('interruption.lead.remote')
      : t('interruption.lead.browser');
  const facts = [
    t('interruption.facts.neverCall'),
    t('interruption.facts.noPhone'),
    t('interruption.facts.ignore'),
  ];
  const seen = situation.incidents.flatMap((i) => i.reasons.map((r) => describeReason(t, r.code, r.vars)));
  const contact = settings?.contacts?.[0];
  const heading = useScreenHeading(headline);
  const keyLines = [
    headline,
    top,
    t('interruption.hangUp'),
    justStarted ? t('interruption.noCodes') : '',
    ...facts,
  ]
    .filter(Boolean)
    .join(' ');
  const spoken = [keyLines, ...seen].join(' ');

  // With the read-aloud setting on, the warning speaks as soon as it appears.
  useEffect(() => {
    if (!autoRead) return undefined;
    return readAloud(
      spoken,
      language,
      () => setReading(false),
      () => {
        setReading(false);
        setNoVoice(true);
      },
    );
  }, [autoRead, spoken, language]);

  const record = (choice: InterruptionChoice) =>
    lead ? core.recordChoice(lead.id, choice) : Promise.resolve(null);

  const endTools = async (): Promise<void> => {
    setBusy(true);
    setProblem('');
    const result = await core.endTools();
    setBusy(false);
    if (result.ok) showOutcome({ kind: 'tools', result: result.value });
    else setProblem(apiErrorText(t, result.error, language));
  };
  const closeBrowser = async (incident: Incident): Promise<void> => {
    setBusy(true);
    setProblem('');
    const result = await core.closeBrowser(incident.id);
    setBusy(false);
    if (result.ok) showOutcome({ kind: 'browser', result: result.value });
    else setProblem(apiErrorText(t, result.error, language));
  };

  return (
    <div className={`warning warning-${danger ? 'danger' : 'warning'}`}>
      <main className="warning-main">
        <div className="warning-head">
          <StatusIcon state="needs-attention" />
          <h1 ref={heading} tabIndex={-1}>
            {headline}
          </h1>
        </div>
        <p className="warning-top">{top}</p>

        <div className="warning-actions">
          {tools.length > 0 ? (
            <button
              type="button"
              className="button button-primary button-huge"
              disabled={busy}
              onClick={() => void endTools()}
            >
              {busy ? t('interruption.endSession.busy') : t('interruption.endSession')}
            </button>
          ) : null}
          {page ? (
            <button
              type="button"
              className={`button ${tools.length > 0 ? 'button-secondary button-large' : 'button-primary button-huge'}`}
              disabled={busy}
              onClick={() => void closeBrowser(page)}
            >
              {busy ? t('interruption.closeBrowser.busy') : t('interruption.closeBrowser')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-secondary button-large"
            aria-expanded={calling}
            onClick={() => {
              setCalling(true);
              void record('called-contact');
            }}
          >
            {contact ? t('interruption.call', { name: contact.name }) : t('interruption.callSomeone')}
            {contact?.phone ? <span className="button-number">{readablePhone(contact.phone)}</span> : null}
          </button>
          {calling ? (
            <p className="call-panel" role="status">
              {contact?.phone
                ? t('interruption.callNumber', { name: contact.name, phone: readablePhone(contact.phone) })
                : t('interruption.callSomeone.detail')}
            </p>
          ) : null}
        </div>
        {problem ? (
          <p className="problem" role="alert">
            {problem}
          </p>
        ) : null}

        <p className="warning-hang-up">{t('interruption.hangUp')}</p>
        {justStarted ? <p className="warning-no-codes">{t('interruption.noCodes')}</p> : null}
        <button
          type="button"
          className="button button-secondary button-large"
          aria-pressed={reading}
          onClick={() => {
            if (reading) {
              window.speechSynthesis?.cancel();
              setReading(false);
              return;
            }
            setReading(true);
            setNoVoice(false);
            readAloud(
              spoken,
              language,
              () => setReading(false),
              () => {
                setReading(false);
                setNoVoice(true);
              },
            );
            void record('read-aloud');
          }}
        >
          {reading ? t('interruption.readAloud.stop') : t('interruption.readAloud')}
        </button>
        {noVoice ? (
          <p className="note" role="status">
            {t('readAloud.noVoice')}
          </p>
        ) : null}

        {page ? <PagePicture incidentId={page.id} /> : null}
        {toolNames.length > 0 ? <BoxedList title={t('interruption.tools.title')} items={toolNames} /> : null}
        <BoxedList title={t('interruption.facts.title')} items={facts} />
        <BoxedList title={t('interruption.seen.title')} items={seen} />

        <div className="warning-minor">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              // The warning stays open; the family sees the person went to check.
              void record('opened-checklist');
              openChecklist();
            }}
          >
            {t('interruption.checklist')}
          </button>
          {/* A help session is about a remote tool; it means nothing on a scam page. */}
          {tools.length > 0 ? <HelpApproval onAsked={() => void record('asked-for-help')} /> : null}
          <CloseCountdown
            keyLines={keyLines}
            onClose={() => {
              void record('closed-without-choice');
              closeWarning();
            }}
          />
        </div>
      </main>
    </div>
  );
}
