import { describe, expect, it } from 'vitest';
import {
  alertKeys,
  threadName,
  threadPrefix,
} from '../../../../../../../electron/main/core/notifier/planning/thread-keys';
import type { AlertMessage } from '../../../../../../../shared/model/alert';

const message = (inReplyTo?: string): AlertMessage => ({
  subject: 's',
  body: 'b',
  severity: 'warning',
  language: 'en',
  ...(inReplyTo ? { inReplyTo } : {}),
});

describe('alert keys and threads', () => {
  const slot = { c: 1, n: 2 };

  it('names each message by what it is about and where it goes', () => {
    expect(alertKeys.incident('inc-7', slot)).toBe('inc-7:1:2');
    expect(alertKeys.followUp('inc-7:1:2', 42)).toBe('inc-7:1:2/42');
    expect(alertKeys.summary('inc-7', slot)).toBe('summary-inc-7:1:2');
    expect(alertKeys.event(42, slot)).toBe('event-42:1:2');
    expect(alertKeys.checklist('c-9', 1000, slot)).toBe('checklist-c-9-1000:1:2');
    expect(alertKeys.test(1000, slot)).toBe('test-1000:1:2');
  });

  it("finds a thread's follow-ups by its prefix, and never another thread's", () => {
    const root = alertKeys.incident('inc-7', slot);
    expect(alertKeys.followUp(root, 3).startsWith(threadPrefix(root))).toBe(true);
    expect(alertKeys.followUp(alertKeys.incident('inc-70', slot), 3).startsWith(threadPrefix(root))).toBe(
      false,
    );
  });

  it('gives every message of a thread one name (the incident), for receivers that group by tag', () => {
    const root = alertKeys.incident('inc-7', slot);
    expect(threadName({ idempotencyKey: root, message: message() })).toBe('inc-7');
    expect(threadName({ idempotencyKey: alertKeys.followUp(root, 3), message: message(root) })).toBe('inc-7');
    expect(threadName({ idempotencyKey: alertKeys.event(42, slot), message: message() })).toBe('event-42');
  });
});
