import { useState } from 'react';
import type { Delivery } from '../../../shared/model/alert';
import { languages, type Language } from '../../../shared/settings/choices';
import { phoneExample } from '../../../shared/settings/phone-numbers';
import type { Channel, Settings } from '../../../shared/settings/settings-schema';
import { useTranslation } from '../state/use-translation';
import { ChannelFields, emptyChannel, withOptional, type ChannelType } from './channel-fields';
import {
  changeContact,
  changeContacts,
  withPushChannel,
  type Contact,
  type SettingsChange,
} from './contact-changes';
import { DeliveryResults } from './delivery-results';
import { EmailAccountFields } from './email-account-fields';
import { useProblemsUnder } from './field-problems';
import { PushPairing } from './push-pairing';
import { ReachList } from './reach-list';
import { TextField } from './text-field';
import { TwilioFields } from './twilio-fields';

const severities = ['notice', 'warning', 'danger'] as const;
export const maxContacts = 5;

export const newContact = (): Contact => ({ name: '', severities: ['warning', 'danger'], channels: [] });

/**
 * Trusted contacts, one person per screen: name and phone number, their phone paired for push
 * messages (the default), then behind "Add another way" e-mail (with the account it is sent
 * from) and, behind "More ways", text messages and a webhook; "More choices" holds the rest.
 * Edits a working copy, each change applied to the copy as it is when it lands; `onTest` saves
 * with the PIN, then sends a test and returns each result.
 */
export function ContactsEditor(props: {
  readonly value: Settings;
  readonly onChange: (change: SettingsChange) => void;
  readonly onTest: (contactName: string) => Promise<readonly Delivery[] | string>;
  readonly onConfirm: (contactName: string, delivery: Delivery) => Promise<string>;
  /** Setup: a person with no way to reach them gets a phone code at once, without a click. */
  readonly pairAtOnce?: boolean;
  /** The caregiver PIN: a saved phone's code is shown only with it. */
  readonly pin: string;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const contacts = value.contacts ?? [];
  const [index, setIndex] = useState(0);
  const [tests, setTests] = useState<Record<number, readonly Delivery[] | string | 'busy'>>({});
  const shown = Math.min(index, Math.max(contacts.length - 1, 0));
  const contact = contacts[shown];

  if (!contact) {
    return (
      <div className="contacts-editor">
        <p className="note">{t('caregiver.contacts.none')}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => onChange(changeContacts(() => [newContact()]))}
        >
          {t('caregiver.contacts.add')}
        </button>
      </div>
    );
  }

  const update = (change: (c: Contact) => Contact): void => onChange(changeContact(shown, change));
  const test = async (): Promise<void> => {
    setTests((s) => ({ ...s, [shown]: 'busy' }));
    const outcome = await props.onTest(contact.name.trim());
    setTests((s) => ({ ...s, [shown]: outcome }));
  };
  const result = tests[shown];
  const others = contact.channels
    .map((channel, n) => ({ channel, n }))
    .filter((c) => c.channel.type !== 'ntfy');
  const push = contact.channels.find((c): c is Extract<Channel, { type: 'ntfy' }> => c.type === 'ntfy');
  const setChannel = (n: number, ch: Channel): void =>
    update((c) => ({ ...c, channels: c.channels.map((old, k) => (k === n ? ch : old)) }));
  const addChannel = (type: ChannelType): void =>
    update((c) => ({ ...c, channels: [...c.channels, emptyChannel(type)] }));
  const removeChannel = (keep: (channel: Channel, n: number) => boolean): void =>
    update((c) => ({ ...c, channels: c.channels.filter(keep) }));
  const settingsPart =
    (key: 'email' | 'twilio') =>
    (next: Settings): void =>
      onChange((now) => ({ ...now, [key]: next[key] }));
  const uses = (type: ChannelType): boolean =>
    contacts.some((c) => c.channels.some((ch) => ch.type === type));
  const name = contact.name.trim() || t('caregiver.contacts.unnamed');

  return (
    <div className="contacts-editor">
      <fieldset className="card">
        <legend>{t('caregiver.contacts.person', { n: shown + 1, total: contacts.length })}</legend>
        <TextField
          label={t('caregiver.contacts.name')}
          value={contact.name}
          path={`contacts[${shown}].name`}
          onChange={(text) => update((c) => ({ ...c, name: text }))}
        />
        <TextField
          label={t('caregiver.contacts.phone')}
          hint={t('caregiver.contacts.phone.hint', phoneExample(value.country))}
          type="tel"
          value={contact.phone ?? ''}
          path={`contacts[${shown}].phone`}
          onChange={(phone) => update((c) => withOptional(c, 'phone', phone))}
        />
      </fieldset>
      <PushPairing
        key={shown}
        name={contact.name}
        pin={props.pin}
        channel={push}
        start={props.pairAtOnce === true && contact.channels.length === 0}
        testing={result === 'busy'}
        onPaired={(channel) => update(withPushChannel(channel))}
        onRemove={() => removeChannel((c) => c.type !== 'ntfy')}
        onTest={() => void test()}
      />
      {result === 'busy' ? (
        <p className="note" role="status">
          {t('caregiver.test.sending')}
        </p>
      ) : result === undefined ? null : typeof result === 'string' ? (
        <p className="problem" role="alert">
          {result}
        </p>
      ) : (
        <DeliveryResults
          deliveries={result}
          onConfirm={(delivery) => props.onConfirm(contact.name.trim(), delivery)}
        />
      )}
      <Disclosure
        summary={t('caregiver.ways.another', { name })}
        open={others.length > 0}
        prefix={`contacts[${shown}].channels`}
      >
        <ReachList name={contact.name} except="ntfy" />
        {others.map(({ channel, n }) => (
          <div key={n} className="channel card">
            <p className="subheading">{t(`caregiver.channel.${channel.type}`)}</p>
            <ChannelFields
              channel={channel}
              path={`contacts[${shown}].channels[${n}]`}
              onChange={(ch) => setChannel(n, ch)}
            />
            <button
              type="button"
              className="button button-quiet"
              onClick={() => removeChannel((_, k) => k !== n)}
            >
              {t('caregiver.channels.remove', { type: t(`caregiver.channel.${channel.type}`) })}
            </button>
          </div>
        ))}
        {others.length > 0 ? (
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={result === 'busy' || contact.name.trim() === ''}
              onClick={() => void test()}
            >
              {t('caregiver.contacts.test', { name })}
            </button>
          </div>
        ) : null}
        {uses('email') ? <EmailAccountFields value={value} onChange={settingsPart('email')} /> : null}
        {uses('sms') ? <TwilioFields value={value} onChange={settingsPart('twilio')} /> : null}
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => addChannel('email')}>
            {t('caregiver.ways.addEmail', { name })}
          </button>
        </div>
        <Disclosure summary={t('caregiver.ways.more')} open={false} prefix="twilio">
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={() => addChannel('sms')}>
              {t('caregiver.ways.addSms')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => addChannel('webhook')}>
              {t('caregiver.ways.addWebhook')}
            </button>
          </div>
        </Disclosure>
      </Disclosure>
      <Disclosure
        summary={t('caregiver.contacts.moreChoices', { name })}
        open={false}
        prefix={`contacts[${shown}].relation`}
      >
        <MoreChoices contact={contact} index={shown} onChange={update} />
      </Disclosure>
      <div className="actions">
        {shown > 0 ? (
          <button type="button" className="button button-secondary" onClick={() => setIndex(shown - 1)}>
            {t('caregiver.contacts.previous')}
          </button>
        ) : null}
        {shown < contacts.length - 1 ? (
          <button type="button" className="button button-secondary" onClick={() => setIndex(shown + 1)}>
            {t('caregiver.contacts.next', {
              name: contacts[shown + 1]?.name.trim() || t('caregiver.contacts.unnamed'),
            })}
          </button>
        ) : contacts.length < maxContacts ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              onChange(changeContacts((all) => [...all, newContact()]));
              setIndex(contacts.length);
            }}
          >
            {t('caregiver.contacts.addAnother')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            onChange(changeContacts((all) => all.filter((_, n) => n !== shown)));
            setIndex(Math.max(shown - 1, 0));
          }}
        >
          {t('caregiver.contacts.remove', { name })}
        </button>
      </div>
    </div>
  );
}

/** A part folded away until asked for; open by itself when it holds a box the core refused. */
function Disclosure(props: {
  readonly summary: string;
  readonly open: boolean;
  readonly prefix: string;
  readonly children: React.ReactNode;
}) {
  const refused = useProblemsUnder(props.prefix);
  return (
    <details className="disclosure" open={props.open || refused || undefined}>
      <summary>{props.summary}</summary>
      {props.children}
    </details>
  );
}

/** Relation, the language of their alerts, what they are told about, and the weekly message. */
function MoreChoices(props: {
  readonly contact: Contact;
  readonly index: number;
  readonly onChange: (change: (c: Contact) => Contact) => void;
}) {
  const { t } = useTranslation();
  const { contact, index, onChange } = props;
  return (
    <>
      <TextField
        label={t('caregiver.contacts.relation')}
        hint={t('caregiver.contacts.relation.hint')}
        value={contact.relation ?? ''}
        path={`contacts[${index}].relation`}
        onChange={(relation) => onChange((c) => withOptional(c, 'relation', relation))}
      />
      <div className="field">
        <label htmlFor={`contact-${index}-language`}>{t('caregiver.contacts.language')}</label>
        <select
          id={`contact-${index}-language`}
          value={contact.language ?? ''}
          onChange={(e) => {
            const language = languages.find((l) => l === e.target.value);
            onChange((c) => {
              const next = { ...c } as Contact & { language?: Language };
              if (language) next.language = language;
              else delete next.language;
              return next;
            });
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
              onChange={(e) => {
                const on = e.target.checked;
                onChange((c) => ({
                  ...c,
                  severities: on
                    ? severities.filter((s) => s === sev || c.severities.includes(s))
                    : c.severities.filter((s) => s !== sev),
                }));
              }}
            />
            {t(`caregiver.severity.${sev}`)}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={contact.weekly !== false}
          onChange={(e) => {
            const weekly = e.target.checked;
            onChange((c) => ({ ...c, weekly }));
          }}
        />
        {t('caregiver.contacts.weekly')}
      </label>
    </>
  );
}
