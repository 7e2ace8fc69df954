import { useEffect, useRef, useState } from 'react';
import type { PushCode } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { Channel } from '../../../shared/settings/settings-schema';
import { masked } from '../../../shared/settings/masked-secret';
import { defaultNtfyServer } from '../../../shared/settings/settings-schema';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';
import { apiErrorText } from './api-error-text';
import { withOptional } from './channel-fields';
import { ReachList } from './reach-list';
import { TextField } from './text-field';

type PushChannel = Extract<Channel, { type: 'ntfy' }>;

const toChannel = ({ server, topic, replyTopic }: PushCode): PushChannel => ({
  type: 'ntfy',
  topic,
  ...(replyTopic ? { replyTopic } : {}),
  ...(server === defaultNtfyServer ? {} : { server }),
});

/**
 * The family member's phone, paired by scanning a code: Hold On makes an unguessable topic (and a
 * reply topic for the phone's answers), shows it as a QR code and a link, sends a test, and says
 * "working" only once the phone answered "It arrived". A contact with no way to reach them gets
 * a code at once; otherwise one click makes it.
 */
export function PushPairing(props: {
  readonly name: string;
  /** The caregiver PIN: the code of a saved topic (shown masked) is asked for with it. */
  readonly pin: string;
  readonly channel: PushChannel | undefined;
  /** Make a code without a click (the contact has no way to reach them yet). */
  readonly start: boolean;
  readonly onPaired: (channel: PushChannel) => void;
  readonly onRemove: () => void;
  readonly onTest: () => void;
  readonly testing: boolean;
}) {
  const { t, language } = useTranslation();
  const core = useAppStore((s) => s.core);
  const [code, setCode] = useState<PushCode | null>(null);
  const [problem, setProblem] = useState('');
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  const asked = useRef('');
  const started = useRef(false);
  const { channel, onPaired, start } = props;

  /** A new code: shown, and its topics saved in the contact (with the access token, if any). */
  const paired = (result: Result<PushCode>, token?: string): void => {
    if (!result.ok) return setProblem(apiErrorText(t, result.error, language));
    setCode(result.value);
    onPaired({ ...toChannel(result.value), ...(token ? { token } : {}) });
  };
  // A topic on the family's own server keeps its access token.
  const pair = (server?: string): void =>
    void core
      .pushCode(server ? { server } : {})
      .then((result) => paired(result, server ? channel?.token : undefined));

  useEffect(() => {
    // A new contact gets a code once, without a click; a topic already set up shows its own code.
    if (!channel) {
      if (!start || started.current) return;
      started.current = true;
      void core.pushCode({}).then((result) => paired(result));
      return;
    }
    started.current = true;
    const key = `${channel.server ?? ''}/${channel.topic}`;
    if (asked.current === key || (code && masked('topic', code.topic) === masked('topic', channel.topic)))
      return;
    asked.current = key;
    void core
      .pushCode({
        pin: props.pin,
        topic: channel.topic,
        ...(channel.server ? { server: channel.server } : {}),
      })
      .then((result) =>
        result.ok ? setCode(result.value) : setProblem(apiErrorText(t, result.error, language)),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked once per topic
  }, [channel?.topic, channel?.server, start]);

  const copy = (link: string): void => {
    void navigator.clipboard
      .writeText(link)
      .then(() => setCopied('yes'))
      .catch(() => setCopied('no'));
  };

  const name = props.name.trim() || t('caregiver.contacts.unnamed');
  return (
    <section className="card" aria-labelledby="push-title">
      <h2 id="push-title">{t('caregiver.push.title', { name })}</h2>
      {channel && code ? (
        <div className="push-card">
          <div>
            <ol>
              <li>{t('caregiver.push.step1', { name })}</li>
              <li>{t('caregiver.push.step2')}</li>
              <li>{t('caregiver.push.step3', { name })}</li>
            </ol>
            <p className="hint">{t('caregiver.push.link')}</p>
            <p className="push-link" data-testid="push-link">
              {code.link}
            </p>
            {channel.replyTopic ? null : <p className="hint">{t('caregiver.push.noAnswers')}</p>}
          </div>
          <img
            className="push-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qrSvg)}`}
            alt={t('caregiver.push.qr', { name })}
          />
        </div>
      ) : null}
      {channel ? <ReachList name={props.name} only="ntfy" /> : null}
      <p className="problem" role="alert">
        {problem}
      </p>
      <p className="note" role="status">
        {copied === 'yes'
          ? t('caregiver.push.copied')
          : copied === 'no'
            ? t('caregiver.push.copyFailed')
            : ''}
      </p>
      <div className="actions">
        {channel ? (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={props.testing || props.name.trim() === ''}
              onClick={props.onTest}
            >
              {t('caregiver.push.test')}
            </button>
            {code ? (
              <button type="button" className="button button-secondary" onClick={() => copy(code.link)}>
                {t('caregiver.push.copy')}
              </button>
            ) : null}
            <button type="button" className="button button-quiet" onClick={props.onRemove}>
              {t('caregiver.push.remove')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={() => pair()}>
            {t('caregiver.push.connect', { name })}
          </button>
        )}
      </div>
      {channel ? (
        <OwnServer channel={channel} onChange={props.onPaired} onNewCode={(server) => pair(server)} />
      ) : null}
    </section>
  );
}

/** A family's own ntfy server: its address and access token, then a new code made on it. */
function OwnServer(props: {
  readonly channel: PushChannel;
  readonly onChange: (channel: PushChannel) => void;
  readonly onNewCode: (server: string) => void;
}) {
  const { t } = useTranslation();
  const { channel, onChange } = props;
  const [server, setServer] = useState(channel.server ?? '');
  return (
    <details className="disclosure">
      <summary>{t('caregiver.push.ownServer')}</summary>
      <p className="hint">{t('caregiver.push.ownServer.lead')}</p>
      <TextField
        label={t('caregiver.channel.ntfy.server')}
        type="url"
        value={server}
        path="push.server"
        onChange={(text) => setServer(text.trim())}
      />
      <TextField
        label={t('caregiver.channel.ntfy.token')}
        type="password"
        value={channel.token ?? ''}
        path="push.token"
        onChange={(token) => onChange(withOptional(channel, 'token', token))}
      />
      <button
        type="button"
        className="button button-secondary"
        disabled={server === ''}
        onClick={() => props.onNewCode(server)}
      >
        {t('caregiver.push.newCode')}
      </button>
    </details>
  );
}
