import { useEffect, useState } from 'react';
import type { ChecklistResult } from '../../../shared/checklist/checklist-verdict';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';
import { BoxedList } from './boxed-list';
import { ReadAloudButton } from './read-aloud-button';
import { ReportPlaces } from './report-places';
import { ScreenFrame } from './screen-frame';

type SendState = 'idle' | 'busy' | 'done' | 'sent' | 'failed';

/** How often, and for how long, the screen asks whether the message went out. */
const checkEveryMs = 1_000;
const checkForMs = 120_000;

/**
 * The verdict in plain words, the reasons from the answers, the next steps in order with the
 * country's places to report, and "Send this to Ann" through the family's alert channels.
 */
export function ChecklistVerdict(props: {
  readonly result: ChecklistResult;
  /** The saved check, once the core has it (needed to send it). */
  readonly recordId: string | null;
  readonly onBack: () => void;
  readonly onAgain: () => void;
}) {
  const { t, language } = useTranslation();
  const { core, settings, go } = useAppStore();
  const [send, setSend] = useState<SendState>('idle');
  const [keys, setKeys] = useState<readonly string[]>([]);
  const { result } = props;

  // Once queued, follow the deliveries: "Sent to Ann" when every channel took it, or a plain
  // "could not send" when one gave up. Retries go on in the core either way.
  useEffect(() => {
    if (send !== 'done' || keys.length === 0) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const look = async (): Promise<void> => {
      const listed = await core.alerts(200);
      if (stopped) return;
      const mine = listed.ok ? listed.value.filter((d) => keys.includes(d.idempotencyKey)) : [];
      if (mine.some((d) => d.status === 'failed')) setSend('failed');
      else if (mine.length > 0 && mine.every((d) => d.status === 'sent')) setSend('sent');
      else if (Date.now() - started < checkForMs) timer = setTimeout(() => void look(), checkEveryMs);
    };
    void look();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [send, keys, core]);

  const title = t(`checklist.verdict.${result.verdict}`);
  const lead = t(`checklist.verdict.${result.verdict}.lead`);
  const reasons = [
    ...result.redFlags.map((id) => t(`checklist.reason.${id}`)),
    ...result.unsure.map((id) => t('checklist.unsure', { question: t(`checklist.q.${id}` as MessageKey) })),
  ];
  const steps = result.steps.map((step) => ({ step, text: t(`checklist.step.${step}`) }));
  const contacts = (settings?.contacts ?? []).filter((c) => c.channels.length > 0).map((c) => c.name);
  const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(contacts);

  const share = async (): Promise<void> => {
    if (!props.recordId) return;
    setSend('busy');
    const sent = await core.shareChecklist(props.recordId);
    if (sent.ok) setKeys(sent.value.map((d) => d.idempotencyKey));
    setSend(sent.ok ? 'done' : 'failed');
  };

  return (
    <ScreenFrame title={title}>
      <div className={`verdict verdict-${result.verdict}`}>
        <p className="lead">{lead}</p>
      </div>

      {reasons.length > 0 ? <BoxedList title={t('checklist.reasons.title')} items={reasons} /> : null}
      <h2>{t('checklist.steps.title')}</h2>
      <ol className="next-steps" data-testid="next-steps">
        {steps.map(({ step, text }) => (
          <li key={step}>
            {text}
            {step === 'report' ? <ReportPlaces /> : null}
          </li>
        ))}
      </ol>
      <div className="actions">
        {contacts.length > 0 ? (
          <button
            type="button"
            className="button button-primary"
            disabled={props.recordId === null || send !== 'idle'}
            onClick={() => void share()}
          >
            {send === 'busy' ? t('checklist.send.busy') : t('checklist.send', { names })}
          </button>
        ) : null}
        {send === 'done' || send === 'sent' || send === 'failed' ? (
          <p className={send === 'failed' ? 'problem' : 'note'} role="status">
            {send === 'done'
              ? t('checklist.send.done', { names })
              : send === 'sent'
                ? t('checklist.send.sent', { names })
                : t('checklist.send.failed', { names })}
          </p>
        ) : null}
        <ReadAloudButton
          text={[title, lead, ...reasons, t('checklist.steps.title'), ...steps.map((s) => s.text)].join(' ')}
        />
        <button type="button" className="button button-secondary" onClick={props.onBack}>
          {t('checklist.back')}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onAgain}>
          {t('checklist.again')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => go('home')}>
          {t('checklist.done')}
        </button>
      </div>
    </ScreenFrame>
  );
}
