import type { Translate } from '../../../shared/i18n/i18n';
import type { ChannelReach, ContactReach } from '../../../shared/model/family-reach';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/** How one way to reach a person is named on the screens: "Ann's phone", "E-mail to ann@…". */
export function wayName(t: Translate, name: string, channel: Pick<ChannelReach, 'type' | 'target'>): string {
  switch (channel.type) {
    case 'ntfy':
      return t('caregiver.reach.phoneOf', { name });
    case 'email':
      return t('caregiver.reach.emailTo', { target: channel.target });
    case 'sms':
      return t('caregiver.reach.smsTo', { target: channel.target });
    default:
      return t('caregiver.reach.webhookTo', { target: channel.target });
  }
}

/** One sentence per way: not tested, test sent and waiting, working, or not working and why. */
export function reachSentence(t: Translate, name: string, channel: ChannelReach): string {
  const way = wayName(t, name, channel);
  if (channel.state === 'failing')
    return t('caregiver.reach.failing', { way, reason: t(`delivery.reason.${channel.reason ?? 'other'}`) });
  return t(`caregiver.reach.${channel.state}`, { way, name });
}

/** The reach of one contact as the core last said it (from the live status). */
export function useContactReach(name: string): ContactReach | undefined {
  return useAppStore((s) => s.status?.family.contacts.find((c) => c.name === name.trim()));
}

/** Every way to reach a person and whether it works, live: it changes when a phone answers. */
export function ReachList(props: {
  readonly name: string;
  readonly only?: string;
  readonly except?: string;
}) {
  const { t } = useTranslation();
  const reach = useContactReach(props.name);
  const channels = (reach?.channels ?? []).filter(
    (c) => (props.only === undefined || c.type === props.only) && c.type !== props.except,
  );
  if (channels.length === 0) return null;
  return (
    <div role="status" aria-live="polite">
      <ul className="reach-list">
        {channels.map((c) => (
          <li
            key={`${c.type}:${c.target}`}
            className={c.state === 'working' ? 'reach-working' : c.state === 'failing' ? 'reach-failing' : ''}
          >
            {reachSentence(t, props.name, c)}
          </li>
        ))}
      </ul>
    </div>
  );
}
