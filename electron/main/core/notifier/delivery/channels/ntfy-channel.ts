import { redactedSecret, defaultNtfyServer } from '../../../../../../shared/settings/settings-schema';
import type { Delivery } from '../../../../../../shared/model/alert';
import { unreadableSecret } from '../delivery-error';
import { postHttp } from '../http-post';
import { threadName } from '../../planning/thread-keys';
import type { ChannelSender } from './channel-sender';

export interface NtfyTarget {
  readonly topic: string;
  readonly server?: string | undefined;
  readonly token?: string | undefined;
}

/**
 * Header values must be Latin-1; ntfy decodes RFC 2047 encoded words in its headers, so
 * "Mamá" or "Laptop von Mama" survive (https://docs.ntfy.sh/publish/#message-title and the
 * server's header decoding). Plain ASCII is sent as it is.
 */
export function headerText(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(oneLine)) return oneLine;
  return `=?UTF-8?B?${Buffer.from(oneLine, 'utf8').toString('base64')}?=`;
}

/** Priority 5 ("urgent") makes the phone ring through Do Not Disturb on Android; 4 is "high". */
export function ntfyPriority(delivery: Delivery): 'urgent' | 'high' | 'default' {
  if (delivery.kind === 'test') return 'default';
  if (delivery.message.severity === 'danger') return 'urgent';
  if (delivery.message.severity === 'warning' || delivery.kind === 'tamper' || delivery.kind === 'health')
    return 'high';
  return 'default';
}

/** Emoji short codes ntfy shows in front of the title, plus a thread tag shared by follow-ups. */
export function ntfyTags(delivery: Delivery): string[] {
  const emoji =
    delivery.kind === 'tamper'
      ? 'lock'
      : delivery.kind === 'health'
        ? 'hourglass'
        : delivery.message.severity === 'danger'
          ? 'rotating_light'
          : delivery.message.severity === 'warning'
            ? 'warning'
            : 'information_source';
  const threadTag = `holdon-${threadName(delivery)}`.replace(/[^-_A-Za-z0-9]/g, '-').slice(0, 60);
  return delivery.kind === 'test' ? [emoji, 'holdon-test'] : [emoji, threadTag];
}

/**
 * The "Call Mum" button: the caregiver reads the alert, so the button dials the person
 * protected, when their number is known; otherwise there is no button (a button that opens
 * nothing would only confuse). Simple action format: `view, <label>, <url>`
 * (https://docs.ntfy.sh/publish/#action-buttons); commas and semicolons would split it.
 */
export function ntfyActions(delivery: Delivery): string | null {
  const phone = delivery.message.seniorPhone?.replace(/[^+0-9]/g, '');
  if (!phone || phone.length < 5 || delivery.kind === 'test') return null;
  const label = (delivery.message.callLabel ?? 'Call').replace(/[,;=]/g, ' ').trim();
  return `view, ${label}, tel:${phone}`;
}

/**
 * Push through an ntfy server (https://docs.ntfy.sh/publish/): POST the text to
 * `<server>/<topic>` with Title, Priority, Tags and Actions headers, and the access token as
 * `Authorization: Bearer` (https://docs.ntfy.sh/publish/#access-tokens).
 */
export function createNtfyChannel(now: () => number): ChannelSender<NtfyTarget> {
  return {
    async send(delivery, target) {
      if (target.token === redactedSecret) throw unreadableSecret('ntfy access token', 'token');
      const server = (target.server ?? defaultNtfyServer).replace(/\/+$/, '');
      const url = `${server}/${encodeURIComponent(target.topic)}`;
      const headers: Record<string, string> = {
        'Content-Type': 'text/plain; charset=utf-8',
        Title: headerText(delivery.message.subject),
        Priority: ntfyPriority(delivery),
        Tags: ntfyTags(delivery).join(','),
        'X-HoldOn-Idempotency-Key': delivery.idempotencyKey,
      };
      const actions = ntfyActions(delivery);
      if (actions) headers.Actions = headerText(actions);
      if (target.token) headers.Authorization = `Bearer ${target.token}`;
      await postHttp('ntfy server', url, { headers, body: delivery.message.body }, now);
    },
  };
}
