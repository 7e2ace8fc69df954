import type { Translate } from '../../../shared/i18n/i18n';
import type { FieldProblem } from '../../../shared/ipc/result';
import type { Settings } from '../../../shared/settings/settings-schema';
import { useTranslation } from '../state/use-translation';
import { problemSentence } from './api-error-text';

/** The label of the box a settings path names, as the screens show it ("Phone number"). */
function boxName(t: Translate, path: string, settings: Settings): string {
  const contact = /^contacts\[(\d+)\]\.(\w+)(?:\[(\d+)\]\.(\w+))?$/.exec(path);
  if (contact) {
    const [, i, field, n, part] = contact;
    const who = settings.contacts?.[Number(i)]?.name.trim() || t('caregiver.contacts.unnamed');
    const channel = n === undefined ? undefined : settings.contacts?.[Number(i)]?.channels[Number(n)];
    const box =
      field === 'name'
        ? t('caregiver.contacts.name')
        : field === 'phone'
          ? t('caregiver.contacts.phone')
          : field === 'relation'
            ? t('caregiver.contacts.relation')
            : channel?.type === 'email' && part === 'to'
              ? t('caregiver.channel.email.to')
              : channel?.type === 'sms' && part === 'to'
                ? t('caregiver.channel.sms.to')
                : channel?.type === 'webhook'
                  ? t(
                      part === 'secret'
                        ? 'caregiver.channel.webhook.secret'
                        : 'caregiver.channel.webhook.url',
                    )
                  : channel?.type === 'ntfy'
                    ? t('caregiver.channel.ntfy')
                    : t('caregiver.contacts.severities');
    return `${box} (${who})`;
  }
  switch (path) {
    case 'seniorName':
      return t('caregiver.seniorName');
    case 'seniorPhone':
      return t('caregiver.seniorPhone');
    case 'computerName':
      return t('caregiver.computerName');
    case 'email.smtpUrl':
      return t('caregiver.email.address');
    case 'email.from':
      return t('caregiver.email.from');
    case 'twilio.accountSid':
    case 'twilio.authToken':
    case 'twilio.from':
      return t(`caregiver.twilio.${path.slice('twilio.'.length) as 'accountSid' | 'authToken' | 'from'}`);
    default:
      return path;
  }
}

/**
 * Every box the core refused, named and explained, where the save button is: a box on another
 * person's page or in a folded part is found from here.
 */
export function ProblemList(props: {
  readonly problems: readonly FieldProblem[];
  readonly settings: Settings;
}) {
  const { t } = useTranslation();
  if (props.problems.length === 0) return null;
  return (
    <ul className="problem">
      {props.problems.map((p) => (
        <li key={`${p.field}:${p.code}`}>
          {boxName(t, p.field, props.settings)}: {problemSentence(t, p, props.settings.country)}
        </li>
      ))}
    </ul>
  );
}
