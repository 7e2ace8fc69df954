import type { Channel } from '../../../shared/settings/settings-schema';
import { useTranslation } from '../state/use-translation';
import { TextField } from './text-field';

export const channelTypes = ['email', 'ntfy', 'sms', 'webhook'] as const;
export type ChannelType = (typeof channelTypes)[number];

export function emptyChannel(type: ChannelType): Channel {
  switch (type) {
    case 'email':
      return { type, to: '' };
    case 'ntfy':
      return { type, topic: '' };
    case 'sms':
      return { type, to: '' };
    case 'webhook':
      return { type, url: '', secret: '' };
  }
}

/** Drops an optional text field the caregiver emptied, rather than saving "". */
function withOptional<T extends object, K extends string>(obj: T, key: K, value: string): T {
  const copy = Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
  return (value.trim() === '' ? copy : { ...copy, [key]: value }) as T;
}

/** The fields of one alert channel (email address, ntfy topic, phone for SMS, webhook address). */
export function ChannelFields(props: {
  readonly channel: Channel;
  readonly path: string;
  readonly errorField?: string | undefined;
  readonly onChange: (channel: Channel) => void;
}) {
  const { t } = useTranslation();
  const { channel, path, errorField, onChange } = props;
  switch (channel.type) {
    case 'email':
      return (
        <TextField
          label={t('caregiver.channel.email.to')}
          type="email"
          value={channel.to}
          path={`${path}.to`}
          errorField={errorField}
          onChange={(to) => onChange({ ...channel, to })}
        />
      );
    case 'sms':
      return (
        <TextField
          label={t('caregiver.channel.sms.to')}
          hint={t('caregiver.channel.sms.hint')}
          type="tel"
          value={channel.to}
          path={`${path}.to`}
          errorField={errorField}
          onChange={(to) => onChange({ ...channel, to: to.replace(/[\s()-]/g, '') })}
        />
      );
    case 'ntfy':
      return (
        <>
          <TextField
            label={t('caregiver.channel.ntfy.topic')}
            hint={t('caregiver.channel.ntfy.hint')}
            value={channel.topic}
            path={`${path}.topic`}
            errorField={errorField}
            onChange={(topic) => onChange({ ...channel, topic: topic.trim() })}
          />
          <TextField
            label={t('caregiver.channel.ntfy.server')}
            type="url"
            value={channel.server ?? ''}
            path={`${path}.server`}
            errorField={errorField}
            onChange={(server) => onChange(withOptional(channel, 'server', server.trim()))}
          />
          <TextField
            label={t('caregiver.channel.ntfy.token')}
            type="password"
            value={channel.token ?? ''}
            path={`${path}.token`}
            errorField={errorField}
            onChange={(token) => onChange(withOptional(channel, 'token', token))}
          />
        </>
      );
    case 'webhook':
      return (
        <>
          <TextField
            label={t('caregiver.channel.webhook.url')}
            type="url"
            value={channel.url}
            path={`${path}.url`}
            errorField={errorField}
            onChange={(url) => onChange({ ...channel, url: url.trim() })}
          />
          <TextField
            label={t('caregiver.channel.webhook.secret')}
            type="password"
            value={channel.secret}
            path={`${path}.secret`}
            errorField={errorField}
            onChange={(secret) => onChange({ ...channel, secret })}
          />
        </>
      );
  }
}

export { withOptional };
