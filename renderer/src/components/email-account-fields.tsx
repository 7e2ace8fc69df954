import { useId, useState } from 'react';
import {
  accountOf,
  emailProviders,
  smtpUrlOf,
  type EmailAccount,
  type EmailProviderId,
} from '../../../shared/settings/email-providers';
import type { Settings } from '../../../shared/settings/settings-schema';
import { useTranslation } from '../state/use-translation';
import { TextField } from './text-field';

const providerIds: readonly EmailProviderId[] = [...emailProviders.map((p) => p.id), 'other'];
const redacted = '•••';

/**
 * The e-mail account alerts are sent from, as a family knows it: the provider by name, the
 * address and an app password (with the one sentence that says where the provider makes it).
 * "Other" shows the mail server and port. The settings keep one `smtp://` URL, always encrypted.
 */
export function EmailAccountFields(props: {
  readonly value: Settings;
  readonly onChange: (next: Settings) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { value, onChange } = props;
  const [account, setAccount] = useState<EmailAccount>(() => accountOf(value.email?.smtpUrl));
  // The settings came back from a save (the password now •••) or an import: show them as stored.
  const [shownUrl, setShownUrl] = useState(value.email?.smtpUrl);
  if (value.email?.smtpUrl !== shownUrl) {
    setShownUrl(value.email?.smtpUrl);
    if (value.email?.smtpUrl !== smtpUrlOf(account)) setAccount(accountOf(value.email?.smtpUrl));
  }
  const saved = account.password === redacted;

  const change = (next: Partial<EmailAccount>): void => {
    const merged = { ...account, ...next };
    setAccount(merged);
    const provider = emailProviders.find((p) => p.id === merged.provider);
    const from = merged.user.trim() === '' ? (value.email?.from ?? '') : `Hold On <${merged.user.trim()}>`;
    onChange({
      ...value,
      email: { smtpUrl: provider || merged.host.trim() ? smtpUrlOf(merged) : '', from },
    });
  };

  return (
    <fieldset className="card">
      <legend>{t('caregiver.email.account')}</legend>
      <p className="hint">{t('caregiver.email.accountLead')}</p>
      <div className="field">
        <label htmlFor={`${id}-provider`}>{t('caregiver.email.provider')}</label>
        <select
          id={`${id}-provider`}
          value={account.provider}
          onChange={(e) => change({ provider: providerIds.find((p) => p === e.target.value) ?? 'other' })}
        >
          {emailProviders.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value="other">{t('caregiver.email.provider.other')}</option>
        </select>
      </div>
      <p className="hint">{t(`caregiver.email.help.${account.provider}`)}</p>
      <TextField
        label={t('caregiver.email.address')}
        type="email"
        value={account.user}
        path="email.smtpUrl"
        onChange={(user) => change({ user })}
      />
      <TextField
        label={t('caregiver.email.password')}
        type="password"
        value={account.password}
        path="email.password"
        {...(saved ? { hint: t('caregiver.email.password.saved') } : {})}
        onChange={(password) => change({ password })}
      />
      {account.provider === 'other' ? (
        <>
          <TextField
            label={t('caregiver.email.host')}
            value={account.host}
            path="email.host"
            onChange={(host) => change({ host })}
          />
          <TextField
            label={t('caregiver.email.port')}
            type="number"
            value={String(account.port)}
            path="email.port"
            onChange={(port) => change({ port: Number(port) || 587 })}
          />
        </>
      ) : null}
    </fieldset>
  );
}
