import { isHidden } from '../../../../shared/settings/masked-secret';
import type { Database } from 'better-sqlite3';
import type { Delivery } from '../../../../shared/model/alert';
import type { FamilyReach } from '../../../../shared/model/family-reach';
import { ntfyServerOf } from '../../../../shared/settings/ntfy-server';
import type { AuditEvent, Incident } from '../../../../shared/model/incident';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { Logger } from '../logging/logger';
import type { Clock } from '../ports/clock';
import type { IncidentRepository } from '../store/incident-repository';
import { createAnswerCodeRepository } from '../store/answer-code-repository';
import { createOutboxRepository, type Recipient } from '../store/outbox-repository';
import { createReachRepository } from '../store/reach-repository';
import { createWeeklyStatsRepository } from '../store/weekly-stats-repository';
import { createAnswerIssuer, decisionValidMs, hashCode } from './answers/answer-codes';
import { createPhoneAnswers, type FamilyDecision, type IgnoredAnswer } from './answers/phone-answers';
import { createReplyListener, type ReplyListener, type ReplySubscription } from './answers/reply-listener';
import { createOutboxDispatcher } from './delivery/outbox-dispatcher';
import type { SmtpOverride } from './delivery/channels/email-channel';
import { createFamilyReachTracker } from './family-reach';
import { channelSlots } from './planning/deliveries';
import type { Reachable } from './delivery/reachability';
import { createSenders } from './delivery/senders';
import { planChecklistShare, type SharedCheck } from './planning/checklist-alerts';
import { queueEventAlerts } from './planning/event-alerts';
import { queueFollowUps } from './planning/follow-up-alerts';
import { defaultBurstWindowMs, queueIncidentAlerts } from './planning/incident-alerts';
import { planTestAlerts } from './planning/test-alerts';
import { queueWeeklyAlerts } from './planning/weekly-alerts';

/**
 * The caregiver alerts: what to send (planning/) and sending it (delivery/). It owns the
 * outbox: every alert is a row written in the same transaction as what it is about (the
 * `queue…` calls run inside the caller's transaction), and the dispatcher sends the rows after
 * that commits (`kick`), so a crash between the two loses nothing.
 */
export interface Notifier {
  /** An incident's first alerts, or its place in a burst summary. */
  queueIncident(incident: Incident): void;
  /** The follow-ups in an incident's thread for what just happened to it (`event`). */
  queueFollowUp(incident: Incident, event: AuditEvent): void;
  /** The tamper or health alerts an audit event calls for (none for most events). */
  queueForEvent(event: AuditEvent, previous?: Settings): void;
  /** A checklist result for one trusted contact (or all); returns the alerts queued. */
  queueChecklistShare(check: SharedCheck, contactName: string | undefined): Delivery[];
  /** Starts sending what was queued (call it after the transaction commits). */
  kick(): void;
  /** Sends a test message to one contact (or all) now, and reports each channel's result. */
  sendTest(contactName?: string): Promise<Delivery[]>;
  /** Whether each way to reach the family is known to work. */
  reach(): FamilyReach;
  /**
   * The caregiver says a test e-mail or text arrived: the channel is working. Only a channel
   * whose test was sent can be confirmed; returns whether it was.
   */
  confirmReached(to: Recipient): boolean;
  /** The settings changed: reads the reply topics again and says who can be reached now. */
  refreshAnswers(): void;
  /** The connections to the push servers that carry the family's answers. */
  answerConnections(): ReturnType<ReplyListener['connections']>;
  /** Queues this week's "all is well" message if it is due (runs every hour while started). */
  queueWeekly(): number;
  /** The alerts, newest first. */
  list(limit: number): Delivery[];
  /** Sends everything due now; resolves when done. */
  drain(): Promise<void>;
  /** Tries to send what is due for up to `ms` (before the app quits). */
  flush(ms: number): Promise<void>;
  start(): void;
  stop(): void;
}

/** How the alerts are timed and where they go, for tests and benchmarks (the app uses the defaults). */
export interface AlertTuning {
  /** First retry delay for caregiver alerts (tests make it short). */
  readonly alertRetryBaseMs?: number | undefined;
  /** Burst-summary and follow-up window for caregiver alerts (default one minute). */
  readonly alertWindowMs?: number | undefined;
  /** How often an unreachable alert server is probed (default 5 s). */
  readonly alertProbeMs?: number | undefined;
  /** Twilio's API base, https://api.twilio.com by default (tests use a local server). */
  readonly twilioApiBase?: string | undefined;
  /** First wait before reconnecting to a push server for the family's answers (default 1 s). */
  readonly answerRetryBaseMs?: number | undefined;
  /** Sends all mail to this server, whatever the settings name (tests: a provider preset). */
  readonly smtpOverride?: SmtpOverride | undefined;
}

/** What the notifier hands answers from the phone to. */
export interface FamilyAnswers {
  decide(decision: FamilyDecision): Promise<void> | void;
  ignored(answer: IgnoredAnswer): void;
}

export interface NotifierOptions {
  readonly db: Database;
  /** For the incidents a burst summary lists. */
  readonly incidents: IncidentRepository;
  /** The settings without their secrets: enough to plan every alert. */
  readonly settings: () => Settings;
  /** The settings with their secrets, read when an alert is sent. */
  readonly revealSettings: () => Settings;
  /** Earlier settings with their secrets: a contact a change removed is still told of it. */
  readonly revealFormer?: () => readonly Settings[];
  readonly clock: Clock;
  readonly logger: Logger;
  readonly random?: () => number;
  readonly probe?: Reachable;
  readonly tuning?: AlertTuning;
  /** When protection was set up: the weekly message counts its weeks from then (null: not yet). */
  readonly protectedSince?: () => number | null;
  /**
   * Who acts on answers from the phone: `decide` when a family member answered with a code that
   * counts, `ignored` when an answer did not count (unknown, reused, late, from elsewhere).
   */
  readonly answers?: () => FamilyAnswers;
  /** Whether a channel works changed (a test sent or failed, an "It arrived"). */
  readonly onReachChanged?: () => void;
}

export function createNotifier(deps: NotifierOptions): Notifier {
  const { incidents, clock, logger } = deps;
  const outbox = createOutboxRepository(deps.db);
  const tuning = deps.tuning ?? {};
  const windowMs = tuning.alertWindowMs ?? defaultBurstWindowMs;
  const now = (): number => clock.now();
  const codes = createAnswerCodeRepository(deps.db);
  const answersFor = createAnswerIssuer(codes, now);
  const weeklyStats = createWeeklyStatsRepository(deps.db);
  const reach = createFamilyReachTracker({
    repository: createReachRepository(deps.db),
    onChange: () => deps.onReachChanged?.(),
  });
  const senders = createSenders({
    revealSettings: deps.revealSettings,
    ...(deps.revealFormer ? { revealFormer: deps.revealFormer } : {}),
    now,
    ...(tuning.twilioApiBase ? { twilioApiBase: tuning.twilioApiBase } : {}),
    ...(tuning.smtpOverride ? { smtpOverride: tuning.smtpOverride } : {}),
  });
  const dispatcher = createOutboxDispatcher({
    outbox,
    send: (delivery) => senders.send(delivery),
    onResult(delivery, result) {
      reach.recordSend(delivery, result);
      // An answer's 15 minutes count from when its alert went out.
      if (result.sent && delivery.kind !== 'test') {
        for (const code of Object.values(delivery.message.answers ?? {}))
          codes.expireAt(hashCode(code), result.at + decisionValidMs);
      }
    },
    clock,
    logger: logger.child('dispatcher'),
    ...(deps.random ? { random: deps.random } : {}),
    ...(tuning.alertRetryBaseMs ? { baseDelayMs: tuning.alertRetryBaseMs } : {}),
    ...(tuning.alertProbeMs ? { probeIntervalMs: tuning.alertProbeMs } : {}),
    ...(deps.probe ? { reachable: deps.probe } : {}),
  });

  /** Planning never costs what it plans for: a failure is logged, the caller's write stands. */
  const planning = (what: string, plan: (settings: Settings) => void): void => {
    let settings: Settings;
    try {
      settings = deps.settings();
    } catch (error) {
      logger.error(`no alerts for ${what}: the settings cannot be read`, { error });
      return;
    }
    try {
      plan(settings);
    } catch (error) {
      logger.error(`could not queue alerts for ${what}`, { error });
    }
  };

  /** "Warn" means the warning on screen only: nobody is told of incidents (tamper alerts still go). */
  const alertsOff = (settings: Settings): boolean => settings.protection?.level === 'warn';

  /** Every push channel's reply topic, one connection per server and token. */
  const replySubscriptions = (): ReplySubscription[] => {
    const byServer = new Map<string, { server: string; token?: string; topics: string[] }>();
    for (const { channel } of channelSlots(deps.revealSettings())) {
      if (channel.type !== 'ntfy' || !channel.replyTopic || isHidden('topic', channel.replyTopic)) continue;
      const server = ntfyServerOf(channel.server);
      const key = `${server}\n${channel.token ?? ''}`;
      const entry = byServer.get(key) ?? {
        server,
        ...(channel.token ? { token: channel.token } : {}),
        topics: [],
      };
      if (!entry.topics.includes(channel.replyTopic)) entry.topics.push(channel.replyTopic);
      byServer.set(key, entry);
    }
    return [...byServer.values()];
  };
  /** The push channel whose reply topic a message came on (the screens' settings show it masked). */
  const channelOf = (server: string, replyTopic: string) => {
    for (const slot of channelSlots(deps.revealSettings())) {
      const ch = slot.channel;
      if (ch.type !== 'ntfy' || ch.replyTopic !== replyTopic) continue;
      if (ntfyServerOf(ch.server) !== server) continue;
      return { contactName: slot.contact.name, target: slot.target };
    }
    return null;
  };
  const startedAtSeconds = Math.floor(clock.now() / 1000);
  const onReply = createPhoneAnswers({
    codes,
    channelOf,
    now,
    startedAtSeconds,
    arrived: (to, at) =>
      reach.markWorking({ contactName: to.contactName, channelType: 'ntfy', channelTarget: to.target }, at),
    // Acting on an answer ends processes and takes time; if Hold On is closing meanwhile (or the
    // store refuses), it is logged, never an unhandled rejection that could end the process.
    decided: (decision) =>
      void Promise.resolve()
        .then(() => deps.answers?.().decide(decision))
        .catch((error: unknown) => logger.error('could not act on an answer from the phone', { error })),
    ignored: (answer) => deps.answers?.().ignored(answer),
    logger: logger.child('answers'),
  });
  const replies = createReplyListener({
    subscriptions: () => {
      try {
        return replySubscriptions();
      } catch (error) {
        logger.error('the reply topics cannot be read from the settings', { error });
        return [];
      }
    },
    onMessage: onReply,
    clock,
    logger: logger.child('answers'),
    // Answers given while Hold On was restarting are read too (a code counts once anyway).
    sinceSeconds: startedAtSeconds - decisionValidMs / 1000,
    ...(tuning.answerRetryBaseMs ? { baseDelayMs: tuning.answerRetryBaseMs } : {}),
  });
  let weeklyTimer: { cancel(): void } | null = null;
  const weeklyTick = (): void => {
    notifier.queueWeekly();
    weeklyTimer = clock.setTimeout(weeklyTick, 3_600_000);
  };

  const notifier: Notifier = {
    queueIncident(incident) {
      planning(`incident ${incident.id}`, (settings) => {
        if (alertsOff(settings)) return;
        queueIncidentAlerts({ outbox, incidents, windowMs, answersFor }, incident, settings, clock.now());
      });
    },
    queueFollowUp(incident, event) {
      planning(`${event.type} on incident ${incident.id}`, (settings) => {
        if (alertsOff(settings)) return;
        queueFollowUps({ outbox, windowMs, answersFor }, incident, event, settings, clock.now());
      });
    },
    queueForEvent(event, previous) {
      planning(event.type, (settings) =>
        queueEventAlerts({ outbox, windowMs }, event, settings, clock.now(), previous),
      );
    },
    queueChecklistShare(check, contactName) {
      const now = clock.now();
      const planned = planChecklistShare(check, deps.settings(), contactName, now);
      outbox.enqueue(planned, now);
      const keys = new Set(planned.map((p) => p.idempotencyKey));
      return outbox.list(planned.length + 50).filter((d) => keys.has(d.idempotencyKey));
    },
    kick: () => dispatcher.kick(),
    async sendTest(contactName) {
      const planned = planTestAlerts(deps.settings(), contactName, clock.now(), answersFor);
      outbox.enqueue(planned, clock.now());
      await dispatcher.drain();
      const keys = new Set(planned.map((p) => p.idempotencyKey));
      // In the order of the settings, contact by contact.
      return outbox
        .list(planned.length + 50)
        .filter((d) => keys.has(d.idempotencyKey))
        .sort((a, b) => a.id - b.id);
    },
    reach: () => reach.view(deps.settings()),
    confirmReached(to) {
      const state = reach
        .view(deps.settings())
        .contacts.find((c) => c.name === to.contactName)
        ?.channels.find((ch) => ch.type === to.channelType && ch.target === to.channelTarget)?.state;
      if (state !== 'sent' && state !== 'working') return false;
      reach.markWorking(to, clock.now());
      return true;
    },
    refreshAnswers() {
      replies.refresh();
      // The contacts or their channels may have changed: so has who can be reached.
      deps.onReachChanged?.();
    },
    answerConnections: () => replies.connections(),
    queueWeekly() {
      let queued = 0;
      planning('the weekly message', (settings) => {
        queued = queueWeeklyAlerts(
          { outbox, stats: (from, to) => weeklyStats.stats(from, to) },
          settings,
          deps.protectedSince?.() ?? null,
          clock.now(),
        );
      });
      if (queued > 0) dispatcher.kick();
      codes.prune(clock.now());
      return queued;
    },
    list: (limit) => outbox.list(limit),
    drain: () => dispatcher.drain(),
    async flush(ms) {
      await Promise.race([dispatcher.drain(), new Promise((resolve) => setTimeout(resolve, ms).unref())]);
    },
    start() {
      dispatcher.start();
      replies.refresh();
      if (!weeklyTimer) weeklyTick();
    },
    stop() {
      weeklyTimer?.cancel();
      weeklyTimer = null;
      replies.stop();
      dispatcher.stop();
      senders.close();
    },
  };
  return notifier;
}
