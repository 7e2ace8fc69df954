import { useState } from 'react';
import type { Delivery } from '../../../shared/model/alert';
import { languages, type Language } from '../../../shared/settings/choices';
import type { Channel, Settings } from '../../../shared/settings/settings-schema';
import { useTranslation } from '../state/use-translation';
import { ChannelFields, channelTypes, emptyChannel, withOptional, type ChannelType } from './channel-fields';
import { DeliveryResults } from './delivery-results';
import { TextField } from './text-field';

type Contact = NonNullable<Settings['contacts']>[number];
const severities = ['notice', 'warning', 'danger'] as const;
export const maxContacts = 5;

const newContact = (): Contact => ({
  name: '',
  severities: ['warning', 'danger'],
  channels: [{ type: 'email', to: '' }],
});

/**
 * Trusted contacts and how each is reached, plus the accounts their channels need (the mail
 * server for email, Twilio for SMS). Edits a working copy; the screen saves it with the PIN.
 * `onTest` saves, then sends a test alert to one contact and returns each channel's result.
 */
export function ContactsEditor(props: {
  readonly value: Settings;
  readonly onChange: (next: Settings) => void;
  readonly errorField?: string | undefined;
  readonly onTest: (contactName: string) => Promise<readonly Delivery[] | string>;
}) {
  const { t } = useTranslation();
  const { value, onChange, errorField } = props;
  const contacts = value.contacts ?? [];
  const [tests, setTests] = useState<Record<number, readonly Delivery[] | string | 'busy'>>({});
  const setContacts = (next: Contact[]): void => onChange({ ...value, contacts: next });
  const update = (i: number, contact: Contact): void =>
    setContacts(contacts.map((c, n) => (n === i ? contact : c)));
  const uses = (type: ChannelType): boolean =>
    contacts.some((c) => c.channels.some((ch) => ch.type === type));

  // The mail server and SMS account boxes come after the contacts: say so before a test is tried.
  const accountsMissing = (contact: Contact): boolean =>
    contact.channels.some(
      (ch) =>
        (ch.type === 'email' && !value.email?.smtpUrl) || (ch.type === 'sms' && !value.twilio?.accountSid),
    );

  const test = async (i: number, name: string): Promise<void> => {
    setTests((s) => ({ ...s, [i]: 'busy' }));
    const outcome = await props.onTest(name);
    setTests((s) => ({ ...s, [i]: outcome }));
  };

  return (
    <div className="contacts-editor">
      {contacts.length === 0 ? <p className="note">{t('caregiver.contacts.none')}</p> : null}
      {contacts.map((contact, i) => {
        const path = `contacts[${i}]`;
        const setChannel = (n: number, ch: Channel): void =>
          update(i, { ...contact, channels: contact.channels.map((c, k) => (k === n ? ch : c)) });
        const result = tests[i];
        return (
          <fieldset key={i} className="card">
            <legend>{t('caregiver.contacts.legend', { n: i + 1, name: contact.name })}</legend>
            <TextField
              label={t('caregiver.contacts.name')}
              value={contact.name}
              path={`${path}.name`}
              errorField={errorField}
              onChange={(name) => update(i, { ...contact, name })}
            />
            <TextField
              label={t('caregiver.contacts.relation')}
              hint={t('caregiver.contacts.relation.hint')}
              value={contact.relation ?? ''}
              path={`${path}.relation`}
              errorField={errorField}
              onChange={(relation) => update(i, withOptional(contact, 'relation', relation))}
            />
            <TextField
              label={t('caregiver.contacts.phone')}
              hint={t('caregiver.contacts.phone.hint')}
              type="tel"
              value={contact.phone ?? ''}
              path={`${path}.phone`}
              errorField={errorField}
              onChange={(phone) => update(i, withOptional(contact, 'phone', phone))}
            />
            <div className="field">
              <label htmlFor={`contact-${i}-language`}>{t('caregiver.contacts.language')}</label>
              <select
                id={`contact-${i}-language`}
                value={contact.language ?? ''}
                onChange={(e) => {
                  const language = languages.find((l) => l === e.target.value);
                  const next = { ...contact } as Contact & { language?: Language };
                  if (language) next.language = language;
                  else delete next.language;
                  update(i, next);
                }}
              >
                <option value="">{t('caregiver.contacts.language.same')}</option>
                {languages.map((l) => (
                  <option key={l} value={l}>
                    {t(`language.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="choices">
              <legend>{t('caregiver.contacts.severities')}</legend>
              {severities.map((sev) => (
                <label key={sev} className="choice">
                  <input
                    type="checkbox"
                    checked={contact.severities.includes(sev)}
                    onChange={(e) =>
                      update(i, {
                        ...contact,
                        severities: e.target.checked
                          ? severities.filter((s) => s === sev || contact.severities.includes(s))
                          : contact.severities.filter((s) => s !== sev),
                      })
                    }
                  />
                  {t(`caregiver.severity.${sev}`)}
                </label>
              ))}
            </fieldset>
            <p className="subheading">{t('caregiver.channels.title')}</p>
            {contact.channels.map((channel, n) => (
              <div key={n} className="channel">
                <div className="field">
                  <label htmlFor={`contact-${i}-channel-${n}`}>{t('caregiver.channels.type')}</label>
                  <select
                    id={`contact-${i}-channel-${n}`}
                    value={channel.type}
                    onChange={(e) => {
                      const type = channelTypes.find((c) => c === e.target.value) ?? 'email';
                      setChannel(n, emptyChannel(type));
                    }}
                  >
                    {channelTypes.map((type) => (
                      <option key={type} value={type}>
                        {t(`caregiver.channel.${type}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <ChannelFields
                  channel={channel}
                  path={`${path}.channels[${n}]`}
                  errorField={errorField}
                  onChange={(ch) => setChannel(n, ch)}
                />
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() =>
                    update(i, { ...contact, channels: contact.channels.filter((_, k) => k !== n) })
                  }
                >
                  {t('caregiver.channels.remove', { type: t(`caregiver.channel.${channel.type}`) })}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                update(i, { ...contact, channels: [...contact.channels, emptyChannel('email')] })
              }
            >
              {t('caregiver.channels.add')}
            </button>
            {accountsMissing(contact) ? (
              <p className="hint">{t('caregiver.contacts.accountsFirst')}</p>
            ) : null}
            <div className="row">
              <button
                type="button"
                className="button button-primary"
                disabled={result === 'busy' || contact.name.trim() === ''}
                onClick={() => void test(i, contact.name.trim())}
              >
                {t('caregiver.contacts.test', { name: contact.name.trim() })}
              </button>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setContacts(contacts.filter((_, n) => n !== i))}
              >
                {t('caregiver.contacts.remove', { name: contact.name.trim() })}
              </button>
            </div>
            {result === 'busy' ? (
              <p className="note" role="status">
                {t('caregiver.test.sending')}
              </p>
            ) : result === undefined ? null : typeof result === 'string' ? (
              <p className="problem" role="alert">
                {result}
              </p>
            ) : (
              <DeliveryResults deliveries={result} />
            )}
          </fieldset>
        );
      })}
      {contacts.length < maxContacts ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setContacts([...contacts, newContact()])}
        >
          {t('caregiver.contacts.add')}
        </button>
      ) : null}
      {uses('email') ? (
        <fieldset className="card">
          <legend>{t('caregiver.email.legend')}</legend>
          <TextField
            label={t('caregiver.email.smtpUrl')}
            hint={t('caregiver.email.smtpUrl.hint')}
            value={value.email?.smtpUrl ?? ''}
            path="email.smtpUrl"
            errorField={errorField}
            onChange={(smtpUrl) => onChange({ ...value, email: { from: value.email?.from ?? '', smtpUrl } })}
          />
          <TextField
            label={t('caregiver.email.from')}
            hint={t('caregiver.email.from.hint')}
            value={value.email?.from ?? ''}
            path="email.from"
            errorField={errorField}
            onChange={(from) => onChange({ ...value, email: { smtpUrl: value.email?.smtpUrl ?? '', from } })}
          />
        </fieldset>
      ) : null}
      {uses('sms') ? (
        <fieldset className="card">
          <legend>{t('caregiver.twilio.legend')}</legend>
          {(['accountSid', 'authToken', 'from'] as const).map((key) => (
            <TextField
              key={key}
              label={t(`caregiver.twilio.${key}`)}
              type={key === 'authToken' ? 'password' : 'text'}
              value={value.twilio?.[key] ?? ''}
              path={`twilio.${key}`}
              errorField={errorField}
              onChange={(text) =>
                onChange({
                  ...value,
                  twilio: { accountSid: '', authToken: '', from: '', ...value.twilio, [key]: text.trim() },
                })
              }
            />
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
