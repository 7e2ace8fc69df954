import type { Delivery } from '../../../../../shared/model/alert';

/**
 * The idempotency keys of alerts, and the threads they make. A key names one message to one
 * contact on one channel (`c` and `n`: their places in the settings), so a retry or a restart
 * sends the same key again and a receiver can drop a repeat:
 *
 * | message                         | key                                 |
 * | ------------------------------- | ----------------------------------- |
 * | an incident's first alert       | `<incident>:<c>:<n>` (a thread's root) |
 * | a follow-up in that thread      | `<root>/<audit event>`              |
 * | a burst summary                 | `summary-<first incident>:<c>:<n>`  |
 * | a tamper or health alert        | `event-<audit event>:<c>:<n>`       |
 * | the same, to a former contact   | `event-<audit event>:was-<c>:<n>`   |
 * | a checklist result, shared      | `checklist-<check>-<time>:<c>:<n>`  |
 * | a test message                  | `test-<time>:<c>:<n>`               |
 * | the weekly message              | `weekly-<week>:<c>:<n>`             |
 *
 * This file is the only place that knows the grammar: the planners build keys here and find a
 * thread's messages by the prefix it gives.
 */
export interface Slot {
  /** The contact's place in the settings. */
  readonly c: number;
  /** The channel's place in the contact's channels. */
  readonly n: number;
}

const at = (slot: Slot): string => `${slot.c}:${slot.n}`;

export const alertKeys = {
  incident: (incidentId: string, slot: Slot): string => `${incidentId}:${at(slot)}`,
  followUp: (rootKey: string, eventId: number): string => `${threadPrefix(rootKey)}${eventId}`,
  summary: (firstIncidentId: string, slot: Slot): string => `summary-${firstIncidentId}:${at(slot)}`,
  event: (eventId: number, slot: Slot): string => `event-${eventId}:${at(slot)}`,
  /** To a contact the change removed (slot numbers of the settings before it). */
  eventToFormer: (eventId: number, slot: Slot): string => `event-${eventId}:was-${at(slot)}`,
  checklist: (checkId: string, time: number, slot: Slot): string =>
    `checklist-${checkId}-${time}:${at(slot)}`,
  test: (time: number, slot: Slot): string => `test-${time}:${at(slot)}`,
  /** `week`: whole weeks since protection was set up (1 is the first week's message). */
  weekly: (week: number, slot: Slot): string => `weekly-${week}:${at(slot)}`,
};

/** Every follow-up of a thread starts with this (for "the waiting follow-up" and "the last one"). */
export function threadPrefix(rootKey: string): string {
  return `${rootKey}/`;
}

/**
 * What the messages of one thread share, for receivers that group by a tag (ntfy): the part of
 * the root's key before the contact and channel, i.e. the incident for an incident's thread.
 */
export function threadName(delivery: Pick<Delivery, 'idempotencyKey' | 'message'>): string {
  const root = delivery.message.inReplyTo ?? delivery.idempotencyKey;
  return root.split(':')[0] ?? root;
}
