import { useEffect, useState } from 'react';
import { describeReason } from '../../../shared/i18n/i18n';
import type { Incident } from '../../../shared/model/incident';
import { BoxedList } from '../components/boxed-list';
import { StatusIcon } from '../components/status-icon';
import { useScreenHeading } from '../components/use-screen-heading';
import { readAloud } from '../speech/read-aloud';
import { useAppStore } from '../state/app-store';
import type { InterruptionChoice } from '../state/core-calls';
import { useTranslation } from '../state/use-translation';

/**
 * The warning a frightened person sees while a stranger on the phone tells them what to click:
 * what is happening, what to do now, who to call. The safe choices come first and largest; the
 * screen never times out and can always be closed.
 */
export function InterruptionScreen(props: { readonly incident: Incident }) {
  const { incident } = props;
  const { t, language } = useTranslation();
  const { core, settings, showOutcome, closeInterruption, openChecklist } = useAppStore();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [calling, setCalling] = useState(false);
  const autoRead = settings?.readAloud === true;
  const [reading, setReading] = useState(autoRead);

  const tool = incident.toolName ?? '';
  const initial = incident.reasons[0]?.code === 'reason.toolRunning';
  const refund = incident.reasons[0]?.code.startsWith('reason.refund.') === true;
  const headline =
    incident.kind === 'remote-tool'
      ? refund
        ? t('interruption.headline.refund')
        : t(initial ? 'interruption.headline.remoteRunning' : 'interruption.headline.remote', { tool })
      : incident.kind === 'browser-lockup'
        ? t('interruption.headline.browser')
        : t('interruption.headline.other');
  const lead =
    incident.kind === 'browser-lockup' ? t('interruption.lead.browser') : t('interruption.lead.remote');
  const facts = [
    t('interruption.facts.neverCall'),
    t('interruption.facts.noPhone'),
    t('interruption.facts.ignore'),
  ];
  const reasons = incident.reasons.map((r) => describeReason(t, r.code, r.vars));
  const contact = settings?.contacts?.[0];
  const heading = useScreenHeading(headline);

  const spoken = [
    headline,
    lead,
    incident.severity === 'danger' ? t('interruption.lead.danger') : '',
    t('interruption.hangUp'),
    ...facts,
    ...reasons,
  ]
    .filter(Boolean)
    .join(' ');
  // With the read-aloud setting on, the warning speaks as soon as it appears.
  useEffect(
    () => (autoRead ? readAloud(spoken, language, () => setReading(false)) : undefined),
    [autoRead, spoken, language],
  );

  const record = (choice: InterruptionChoice) => core.recordChoice(incident.id, choice);

  const endSession = async (): Promise<void> => {
    setBusy(true);
    setProblem('');
    const result = await core.endSession(incident.id);
    setBusy(false);
    if (result.ok) showOutcome({ kind: 'session', result: result.value });
    else setProblem(result.error.message);
  };
  const closeBrowser = async (): Promise<void> => {
    setBusy(true);
    setProblem('');
    const result = await core.closeBrowser(incident.id);
    setBusy(false);
    if (result.ok) showOutcome({ kind: 'browser', result: result.value });
    else setProblem(result.error.message);
  };
  const trustedHelp = async (): Promise<void> => {
    const result = await record('trusted-help');
    if (result.ok) showOutcome({ kind: 'trusted-help', incident: result.value });
    else setProblem(result.error.message);
  };

  return (
    <div className={`interruption interruption-${incident.severity}`}>
      <main className="interruption-main">
        <div className="interruption-head">
          <StatusIcon state="needs-attention" />
          <div>
            <h1 ref={heading} tabIndex={-1}>
              {headline}
            </h1>
            <p className="interruption-lead">{lead}</p>
            {incident.severity === 'danger' ? (
              <p className="interruption-lead">{t('interruption.lead.danger')}</p>
            ) : null}
          </div>
        </div>
        <p className="interruption-hang-up">{t('interruption.hangUp')}</p>

        <div className="interruption-actions">
          {incident.kind === 'remote-tool' ? (
            <button
              type="button"
              className="button button-primary button-huge"
              disabled={busy}
              onClick={() => void endSession()}
            >
              {busy ? t('interruption.endSession.busy') : t('interruption.endSession')}
            </button>
          ) : null}
          {incident.kind === 'browser-lockup' ? (
            <button
              type="button"
              className="button button-primary button-huge"
              disabled={busy}
              onClick={() => void closeBrowser()}
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
            {contact?.phone ? <span className="button-number">{contact.phone}</span> : null}
          </button>
          {calling ? (
            <p className="call-panel" role="status">
              {contact?.phone
                ? t('interruption.callNumber', { name: contact.name, phone: contact.phone })
                : t('interruption.callSomeone.detail')}
            </p>
          ) : null}
          <button
            type="button"
            className="button button-secondary button-large"
            aria-pressed={reading}
            onClick={() => {
              if (reading) {
                window.speechSynthesis.cancel();
                setReading(false);
                return;
              }
              setReading(true);
              readAloud(spoken, language, () => setReading(false));
              void record('read-aloud');
            }}
          >
            {reading ? t('interruption.readAloud.stop') : t('interruption.readAloud')}
          </button>
        </div>
        {problem ? (
          <p className="problem" role="alert">
            {problem}
          </p>
        ) : null}

        <BoxedList title={t('interruption.facts.title')} items={facts} />
        <BoxedList title={t('interruption.seen.title')} items={reasons} />

        <div className="interruption-minor">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              // The warning stays open in the history; the family sees the person went to check.
              void record('opened-checklist');
              openChecklist();
            }}
          >
            {t('interruption.checklist')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void trustedHelp()}>
            {t('interruption.trustedHelp')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              void record('closed-without-choice');
              closeInterruption();
            }}
          >
            {t('interruption.close')}
          </button>
        </div>
      </main>
    </div>
  );
}
