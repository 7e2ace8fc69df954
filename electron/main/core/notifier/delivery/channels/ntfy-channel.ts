import { isHidden } from '../../../../../../shared/settings/masked-secret';
import { ntfyServerOf } from '../../../../../../shared/settings/ntfy-server';
import { redactedSecret } from '../../../../../../shared/settings/settings-schema';
import { answerPurposes, type Delivery } from '../../../../../../shared/model/alert';
import { answerBody } from '../../answers/answer-codes';
import { unreadableSecret } from '../delivery-error';
import { postHttp } from '../http-post';
import { threadName } from '../../planning/thread-keys';
import type { ChannelSender } from './channel-sender';

export interface NtfyTarget {
  readonly topic: string;
  readonly replyTopic?: string | undefined;
  readonly server?: string | undefined;
  readonly token?: string | undefined;
}

/** Priority 5 ("urgent") makes the phone ring through Do Not Disturb on Android; 4 is "high", 3 the default. */
export function ntfyPriority(delivery: Delivery): 5 | 4 | 3 {
  if (delivery.kind === 'test' || delivery.kind === 'weekly') return 3;
  if (delivery.message.severity === 'danger') return 5;
  if (delivery.message.severity === 'warning' || delivery.kind === 'tamper' || delivery.kind === 'health')
    return 4;
  return 3;
}

/** Emoji short codes ntfy shows in front of the title, plus a thread tag shared by follow-ups. */
export function ntfyTags(delivery: Delivery): string[] {
  const emoji =
    delivery.kind === 'tamper'
      ? 'lock'
      : delivery.kind === 'weekly'
        ? 'white_check_mark'
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

/** One action button, as ntfy's JSON publishing takes it (https://docs.ntfy.sh/publish/#action-buttons). */
export type NtfyAction =
  | { readonly action: 'view'; readonly label: string; readonly url: string; readonly clear?: boolean }
  | {
      readonly action: 'http';
      readonly label: string;
      readonly url: string;
      readonly method: 'POST';
      readonly headers?: Readonly<Record<string, string>>;
      readonly body: string;
      readonly clear: boolean;
    };

/**
 * The buttons of a push (ntfy shows up to three):
 * - "Call Mum": dials the person protected, when their number is known (a button that opens
 *   nothing would only confuse);
 * - the answers ("It arrived" on a test; "Allow for 1 hour" and "Keep it blocked" on a
 *   remote-tool alert): the phone posts the one-time code to the reply topic, where Hold On
 *   reads it, with the topic's access token if it has one.
 */
export function ntfyActions(delivery: Delivery, target: NtfyTarget, server: string): NtfyAction[] {
  const actions: NtfyAction[] = [];
  const phone = delivery.message.seniorPhone?.replace(/[^+0-9]/g, '');
  if (phone && phone.length >= 5 && delivery.kind !== 'test') {
    actions.push({ action: 'view', label: delivery.message.callLabel ?? 'Call', url: `tel:${phone}` });
  }
  const answers = delivery.message.answers ?? {};
  // A reply topic that cannot be read (its key is gone) gets no buttons: nobody would hear them.
  if (target.replyTopic && !isHidden('topic', target.replyTopic)) {
    for (const purpose of answerPurposes) {
      const code = answers[purpose];
      if (!code) continue;
      actions.push({
        action: 'http',
        label: delivery.message.answerLabels?.[purpose] ?? purpose,
        url: `${server}/${encodeURIComponent(target.replyTopic)}`,
        method: 'POST',
        ...(target.token ? { headers: { Authorization: `Bearer ${target.token}` } } : {}),
        body: answerBody(purpose, code),
        clear: true,
      });
    }
  }
  return actions.slice(0, 3);
}

/**
 * Push through an ntfy server, published as JSON (https://docs.ntfy.sh/publish/#publish-as-json):
 * POST to the server's root `{topic, title, message, priority, tags, actions}`, UTF-8 throughout,
 * with the access token as `Authorization: Bearer` (https://docs.ntfy.sh/publish/#access-tokens).
 */
export function createNtfyChannel(now: () => number): ChannelSender<NtfyTarget> {
  return {
    async send(delivery, target) {
      if (isHidden('topic', target.topic)) throw unreadableSecret('ntfy topic', 'topic');
      if (target.token === redactedSecret) throw unreadableSecret('ntfy access token', 'token');
      const server = ntfyServerOf(target.server);
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-HoldOn-Idempotency-Key': delivery.idempotencyKey,
      };
      if (target.token) headers.Authorization = `Bearer ${target.token}`;
      const body = JSON.stringify({
        topic: target.topic,
        title: delivery.message.subject,
        message: delivery.message.body,
        priority: ntfyPriority(delivery),
        tags: ntfyTags(delivery),
        actions: ntfyActions(delivery, target, server),
      });
      await postHttp('ntfy server', `${server}/`, { headers, body }, now);
    },
  };
}
