import type { Delivery } from '../../../shared/model/alert';
import { useTranslation } from '../state/use-translation';

/** Each channel of a test alert and what happened to it, in plain words. */
export function DeliveryResults(props: { readonly deliveries: readonly Delivery[] }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      <ul className="results">
        {props.deliveries.map((d) => (
          <li key={d.id} className={d.status === 'sent' ? 'result-ok' : 'result-fail'}>
            {d.status === 'sent'
              ? t('caregiver.test.sent', { channel: t(channelKey(d.channelType)), target: d.channelTarget })
              : d.status === 'queued'
                ? t('caregiver.test.queued', {
                    channel: t(channelKey(d.channelType)),
                    target: d.channelTarget,
                    reason: d.lastError ?? '',
                  })
                : t('caregiver.test.failed', {
                    channel: t(channelKey(d.channelType)),
                    target: d.channelTarget,
                    reason: d.lastError ?? '',
                  })}
          </li>
        ))}
      </ul>
    </div>
  );
}

const known = ['email', 'ntfy', 'sms', 'webhook'] as const;
function channelKey(type: string) {
  const found = known.find((k) => k === type);
  return found ? (`caregiver.channel.${found}` as const) : ('caregiver.channel.other' as const);
}
