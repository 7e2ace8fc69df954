import { ApiFailure } from '../../../../shared/ipc/api-failure';
import { checkMessage } from '../../../../shared/message-check/check-message';
import { channelTarget } from '../../../../shared/settings/channel-target';
import { isMasked } from '../../../../shared/settings/masked-secret';
import { ntfyServerOf } from '../../../../shared/settings/ntfy-server';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { ChecklistHistory } from '../checklist/checklist-history';
import type { Notifier } from '../notifier/notifier';
import { newPushTopics, qrSvg, subscribeLink } from '../notifier/push-pairing';
import type { ChecklistRepository } from '../store/checklist-repository';
import { createCaregiverHandlers, type CaregiverDeps } from './caregiver-handlers';
import { createWarningHandlers, type WarningDeps } from './warning-handlers';
import type { Handlers } from './dispatch';
import { createRateLimit } from './rate-limit';

/** Test messages and shared checks: a few per contact, and a few more in all, every 10 minutes. */
const messagesToFamily = { perKey: 3, total: 10, windowMs: 10 * 60_000 };

export interface HandlerDeps extends CaregiverDeps, WarningDeps {
  readonly notifier: Notifier;
  readonly checklists: ChecklistRepository;
  readonly checklistHistory: ChecklistHistory;
  /** Where new push pairings go: the public ntfy.sh unless the host says otherwise. */
  /** The push server new pairings use (the public ntfy.sh unless set). */
  readonly ntfyServer?: string;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  /** A saved push topic from its masked form: only with the PIN, as it lets anyone read the alerts. */
  const savedTopic = async (pin: string | undefined, server: string, topic: string): Promise<string> => {
    await deps.pin.check(pin);
    for (const contact of deps.settings.reveal().contacts ?? []) {
      for (const channel of contact.channels) {
        if (channel.type !== 'ntfy' || channelTarget(channel) !== `${server}/${topic}`) continue;
        if (isMasked('topic', channel.topic))
          throw new ApiFailure(
            'not-found',
            'the saved push topic cannot be read here: connect the phone again',
            'topic',
          );
        return channel.topic;
      }
    }
    throw new ApiFailure('not-found', 'no saved push topic is that one', 'topic');
  };
  const { protection, settings, incidents, audit } = deps;
  const tests = createRateLimit({ ...messagesToFamily, now: deps.now });
  const shares = createRateLimit({ ...messagesToFamily, now: deps.now });
  return {
    ...createCaregiverHandlers(deps),
    ...createWarningHandlers(deps),
    'status.get': () => deps.status(),
    // Starting protection again never needs the PIN: it only makes the computer safer.
    'protection.resume': () => {
      protection.resume('manual');
      return deps.status();
    },
    // Secrets never reach the screens; the settings file itself is exported by the CLI.
    'settings.get': () => settings.load(),
    // Language, country and reading aloud only: the person may change how Hold On speaks
    // without the PIN.
    'settings.update': (changes) => {
      const next: Settings = { ...settings.load() };
      // `null` clears a choice; a field left out stays as it is.
      if (changes.language === null) delete next.language;
      else if (changes.language !== undefined) next.language = changes.language;
      if (changes.country === null) delete next.country;
      else if (changes.country !== undefined) next.country = changes.country;
      if (changes.readAloud === null) delete next.readAloud;
      else if (changes.readAloud !== undefined) next.readAloud = changes.readAloud;
      return deps.settingsService.save(next, 'update');
    },
    'incidents.list': ({ limit }) => incidents.list(limit),
    'remoteTools.list': () => deps.remote.scan(),
    'contacts.test': async ({ contactName }) => {
      const known = (settings.load().contacts ?? []).map((c) => c.name);
      if (contactName !== undefined && !known.includes(contactName)) {
        throw new ApiFailure('not-found', `no trusted contact named "${contactName}"`, 'contactName');
      }
      if (known.length === 0)
        throw new ApiFailure('not-found', 'no trusted contacts are set up', 'contactName');
      const chosen = (settings.load().contacts ?? []).filter(
        (c) => contactName === undefined || c.name === contactName,
      );
      if (chosen.every((c) => c.channels.length === 0)) {
        const who = contactName === undefined ? 'no trusted contact has' : `"${contactName}" has`;
        throw new ApiFailure(
          'not-found',
          `${who} any alert channels ("channels" in the settings)`,
          'contactName',
        );
      }
      tests.take(contactName ?? '');
      return deps.notifier.sendTest(contactName);
    },
    'contacts.confirm': async ({ pin, contactName, channelType, channelTarget }) => {
      await deps.pin.check(pin);
      if (!deps.notifier.confirmReached({ contactName, channelType, channelTarget })) {
        throw new ApiFailure('not-found', 'send a test first: no test was sent there', 'channelTarget');
      }
      audit.append('contact.confirmed', { contact: contactName, channel: channelType }, deps.now());
      return deps.notifier.reach();
    },
    'push.code': async ({ pin, server, topic }) => {
      const at = ntfyServerOf(server ?? deps.ntfyServer);
      const pair =
        topic === undefined
          ? newPushTopics()
          : { topic: isMasked('topic', topic) ? await savedTopic(pin, at, topic) : topic, replyTopic: null };
      const link = subscribeLink(at, pair.topic);
      return { server: at, topic: pair.topic, replyTopic: pair.replyTopic, link, qrSvg: await qrSvg(link) };
    },
    'alerts.list': ({ limit }) => deps.notifier.list(limit),
    'events.list': ({ limit }) => audit.list(limit),
    'checklist.record': ({ answers }) => deps.checklistHistory.record(answers),
    'checklist.share': ({ id, contactName }) => {
      shares.take(contactName ?? '');
      return deps.checklistHistory.share(id, contactName);
    },
    'checklist.list': ({ limit }) => deps.checklists.list(limit),
    'message.check': ({ text }) => {
      if (text.trim() === '') throw new ApiFailure('bad-request', 'the message is empty', 'text');
      return checkMessage(text, deps.catalog);
    },
  };
}
