import { useState } from 'react';
import type { Delivery } from '../../../shared/model/alert';
import { useTranslation } from '../state/use-translation';

/**
 * Each channel of a test alert and what happened to it, in plain words and the person's
 * language. A test e-mail or text that was sent asks whether it arrived: "It arrived" is what
 * makes that way count as working (a push message is answered from the phone itself).
 */
export function DeliveryResults(props: {
  readonly deliveries: readonly Delivery[];
  readonly onConfirm?: (delivery: Delivery) => Promise<string>;
}) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState<Record<string, string>>({});
  return (
    <div role="status">
      <ul className="results">
        {props.deliveries.map((d) => {
          const channel = t(channelKey(d.channelType));
          const reason = t(`delivery.reason.${d.errorCode ?? 'other'}`);
          const asks =
            props.onConfirm && d.status === 'sent' && (d.channelType === 'email' || d.channelType === 'sms');
          return (
            <li key={d.id} className={d.status === 'sent' ? 'result-ok' : 'result-fail'}>
              {d.status === 'sent'
                ? t('caregiver.test.sent', { channel, target: d.channelTarget })
                : d.status === 'queued'
                  ? t('caregiver.test.queued', { channel, target: d.channelTarget, reason })
                  : t('caregiver.test.failed', { channel, target: d.channelTarget, reason })}
              {asks ? (
                <span className="row">
                  <span>{t('caregiver.test.arrivedQuestion', { target: d.channelTarget })}</span>
                  {confirmed[d.id] === undefined ? (
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() =>
                        void props
                          .onConfirm?.(d)
                          .then((text) => setConfirmed((c) => ({ ...c, [d.id]: text })))
                      }
                    >
                      {t('caregiver.test.arrived')}
                    </button>
                  ) : (
                    <span>{confirmed[d.id]}</span>
                  )}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const known = ['email', 'ntfy', 'sms', 'webhook'] as const;
function channelKey(type: string) {
  const found = known.find((k) => k === type);
  return found ? (`caregiver.channel.${found}` as const) : ('caregiver.channel.other' as const);
}
