import { masked } from '../../../../../shared/settings/masked-secret';
import type { AnswerPurpose } from '../../../../../shared/model/alert';
import type { Logger } from '../../logging/logger';
import type { AnswerCodeRepository } from '../../store/answer-code-repository';
import { hashCode, parseAnswer } from './answer-codes';
import type { ReplyMessage } from './reply-listener';

/** A family member's answer that counts: "Allow for 1 hour" or "Keep it blocked" on an incident. */
export interface FamilyDecision {
  readonly purpose: Exclude<AnswerPurpose, 'arrived'>;
  readonly incidentId: string;
  readonly contactName: string;
  readonly at: number;
}

/** An answer that did not count, and why (kept in the audit log for the family). */
export interface IgnoredAnswer {
  readonly purpose: AnswerPurpose;
  readonly why: 'unknown' | 'used' | 'late' | 'wrong-purpose' | 'wrong-topic';
  readonly contactName: string | null;
}

export interface PhoneAnswerDeps {
  readonly codes: AnswerCodeRepository;
  /** The push channel (its target) whose reply topic this is, if any. */
  readonly channelOf: (server: string, replyTopic: string) => { contactName: string; target: string } | null;
  readonly now: () => number;
  /** Messages older than this (Unix seconds) were read before a restart: a used code there is no news. */
  readonly startedAtSeconds: number;
  readonly arrived: (to: { contactName: string; target: string }, at: number) => void;
  readonly decided: (decision: FamilyDecision) => void;
  readonly ignored: (answer: IgnoredAnswer) => void;
  readonly logger: Logger;
}

/**
 * What comes back on a reply topic. An answer counts only with a code Hold On sent, for that
 * button, on that contact's own reply topic, once, and in time (15 minutes for a decision);
 * everything else is ignored and written down. Messages that are not answers are left alone.
 */
export function createPhoneAnswers(deps: PhoneAnswerDeps): (message: ReplyMessage) => void {
  const { logger } = deps;
  return (message) => {
    const answer = parseAnswer(message.message);
    if (!answer) {
      // The topic is a secret: the log names it by its mask.
      logger.info('a message on a reply topic was not an answer', { topic: masked('topic', message.topic) });
      return;
    }
    const channel = deps.channelOf(message.server, message.topic);
    const now = deps.now();
    const check = deps.codes.use(hashCode(answer.code), answer.purpose, channel?.target ?? null, now);
    if (!check.ok) {
      const { why } = check;
      // The same stream read again after a restart: an answer already used is no news.
      if (why === 'used' && message.time < deps.startedAtSeconds) return;
      logger.warn('an answer from the phone did not count', { purpose: answer.purpose, why });
      deps.ignored({ purpose: answer.purpose, why, contactName: check.code?.contactName ?? null });
      return;
    }
    const { code } = check;
    if (answer.purpose === 'arrived') {
      deps.arrived({ contactName: code.contactName, target: code.channelTarget }, now);
      return;
    }
    if (code.incidentId === null) return;
    deps.decided({
      purpose: answer.purpose,
      incidentId: code.incidentId,
      contactName: code.contactName,
      at: now,
    });
  };
}
