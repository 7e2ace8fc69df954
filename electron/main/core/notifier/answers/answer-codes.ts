import { createHash, randomBytes } from 'node:crypto';
import { translator } from '../../../../../shared/i18n/i18n';
import type { AlertMessage, AnswerPurpose } from '../../../../../shared/model/alert';
import type { AnswerCodeRepository } from '../../store/answer-code-repository';
import type { ChannelSlot } from '../planning/deliveries';

/** "Allow for 1 hour" and "Keep it blocked" count for 15 minutes after their alert was sent. */
export const decisionValidMs = 15 * 60_000;
/** "It arrived" counts for a day: the phone may be set up a little later. */
export const arrivedValidMs = 24 * 3_600_000;

export const hashCode = (code: string): string => createHash('sha256').update(code).digest('hex');

/** 128 random bits, URL-safe: a code nobody can guess in 15 minutes (or ever). */
const newCode = (): string => randomBytes(16).toString('base64url');

/**
 * Gives a push its answer buttons: a fresh one-time code per button, its hash kept for the
 * answer, and the labels in the contact's language. Only push channels with a reply topic can
 * be answered; for the others it adds nothing.
 */
export type AnswerIssuer = (
  slot: ChannelSlot,
  purposes: readonly AnswerPurpose[],
  incidentId: string | null,
  language: string,
) => Pick<AlertMessage, 'answers' | 'answerLabels'>;

export function createAnswerIssuer(codes: AnswerCodeRepository, now: () => number): AnswerIssuer {
  return (slot, purposes, incidentId, language) => {
    if (slot.channel.type !== 'ntfy' || !slot.channel.replyTopic || purposes.length === 0) return {};
    const { t } = translator(language === 'es' || language === 'de' ? language : 'en');
    const at = now();
    const answers: Partial<Record<AnswerPurpose, string>> = {};
    const answerLabels: Partial<Record<AnswerPurpose, string>> = {};
    for (const purpose of purposes) {
      const code = newCode();
      codes.issue(
        {
          codeHash: hashCode(code),
          purpose,
          contactName: slot.contact.name,
          channelTarget: slot.target,
          incidentId,
          expiresAt: at + (purpose === 'arrived' ? arrivedValidMs : decisionValidMs),
        },
        at,
      );
      answers[purpose] = code;
      answerLabels[purpose] = t(`push.answer.${purpose}`);
    }
    return { answers, answerLabels };
  };
}

/** What the phone posts on the reply topic: `{"holdon":"allow","code":"…"}`. */
export interface PhoneAnswer {
  readonly purpose: AnswerPurpose;
  readonly code: string;
}

export function answerBody(purpose: AnswerPurpose, code: string): string {
  return JSON.stringify({ holdon: purpose, code });
}

/** Reads an answer; anything else on the topic (a stray message, a test from a person) is null. */
export function parseAnswer(text: string): PhoneAnswer | null {
  if (text.length > 500) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { holdon, code } = value as { holdon?: unknown; code?: unknown };
  if (holdon !== 'arrived' && holdon !== 'allow' && holdon !== 'block') return null;
  if (typeof code !== 'string' || !/^[A-Za-z0-9_-]{16,64}$/.test(code)) return null;
  return { purpose: holdon, code };
}
