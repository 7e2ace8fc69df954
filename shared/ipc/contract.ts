import { z } from 'zod';
import { answerValues, questionIds, type QuestionId } from '../checklist/checklist-questions';
import type { MessageCheck } from '../message-check/check-message';
import type { ChecklistRecord } from '../model/checklist-record';
import type { AbuseClass } from '../catalog/catalog-types';
import type { Delivery } from '../model/alert';
import type { FamilyReach } from '../model/family-reach';
import { historyTypes, type HistoryEntry } from '../model/history';
import type { CloseBrowserResult } from '../model/browser';
import type { AuditEvent, Incident } from '../model/incident';
import type { ProtectionStatus } from '../model/protection';
import type { EndSessionResult, RemoteToolNow, RunningRemoteTool } from '../model/remote-tools';
import { countries, languages } from '../settings/choices';
import { ntfyTopic, type Settings } from '../settings/settings-schema';
import type { ChannelName, PushEventName } from './channels';

/**
 * The one contract between the renderer and the core. Every host (Electron IPC, the
 * preview WebSocket, the CLI) serves exactly these channels with the same handlers.
 * Requests are validated with these schemas on the core side; responses are typed below.
 */
const empty = z.strictObject({});
/**
 * The caregiver PIN, on every request that lowers protection. Optional here so a request
 * without it gets the typed `pin-required` error from the core rather than a schema message.
 */
const pin = z.string().max(64).optional();

/** How an incident ended: what the person chose, or that they closed the warning without choosing. */
export const resolutions = [
  'ended-session',
  'closed-browser',
  'help-approved',
  'tool-gone',
  'page-closed',
  'blocked',
  'handled',
  'dismissed',
  'not-resolved',
] as const;

/** The most history entries one request may ask for (the screens and `holdon history`). */
export const maxHistoryLimit = 5000;

export const requestSchemas = {
  'status.get': empty,
  'protection.pause': z.strictObject({ minutes: z.union([z.literal(15), z.literal(60)]), pin }),
  'protection.resume': empty,
  'settings.get': empty,
  /** `null` clears a choice (back to the computer's language, no country). */
  'settings.update': z.strictObject({
    language: z.enum(languages).nullable().optional(),
    country: z.enum(countries).nullable().optional(),
    /** Read every warning aloud as soon as it appears. */
    readAloud: z.boolean().nullable().optional(),
  }),
  /** The whole settings document from the caregiver screens (secrets left as "•••" are kept). */
  'settings.save': z.strictObject({ pin, settings: z.record(z.string(), z.unknown()) }),
  'settings.export': z.strictObject({ pin }),
  'settings.import': z.strictObject({ pin, text: z.string().max(1_000_000) }),
  'setup.status': empty,
  /** The caregiver finished the first-run setup. */
  'setup.complete': z.strictObject({ pin }),
  /** Creates the caregiver PIN, or changes it (then `pin` is the current one). */
  'pin.set': z.strictObject({ pin, newPin: z.string().max(64) }),
  /** Opens the caregiver screens; a wrong PIN counts towards the lock. */
  'pin.check': z.strictObject({ pin }),
  /** Quits the app (the tray's Quit); refused without the PIN. */
  'app.quit': z.strictObject({ pin }),
  'history.list': z.strictObject({
    type: z.enum(historyTypes).optional(),
    limit: z.number().int().min(1).max(maxHistoryLimit).default(500),
  }),
  /** Every remote-access tool Hold On knows, for the allowed-tools picker. */
  'catalog.tools': empty,
  'incidents.list': z.strictObject({ limit: z.number().int().min(1).max(500).default(50) }),
  /** The caregiver marks an incident handled (behind the PIN). */
  'incidents.resolve': z.strictObject({ id: z.string().min(1).max(200), pin }),
  /** The picture of the page a browser-lockup incident stopped. */
  'incidents.picture': z.strictObject({ incidentId: z.string().min(1).max(200) }),
  /**
   * "End the remote connection": ends every remote tool a stranger could be using now (or the
   * one named), whole process trees, each checked gone. Never needs the PIN.
   */
  'remoteTools.end': z.strictObject({ toolId: z.string().min(1).max(100).optional() }),
  'remoteTools.list': empty,
  /** Ends the web browser behind a browser-lockup incident: all its processes, verified. */
  'browser.close': z.strictObject({ incidentId: z.string().min(1).max(200) }),
  /**
   * What the person did on the warning screen, for the record (and the family): called a
   * trusted contact, had it read aloud, said someone they know is helping (nothing is allowed
   * by that alone), opened the checklist, or closed it after the wait (it stays open).
   */
  'interruption.choice': z.strictObject({
    incidentId: z.string().min(1).max(200),
    choice: z.enum([
      'called-contact',
      'read-aloud',
      'asked-for-help',
      'closed-without-choice',
      'opened-checklist',
    ]),
  }),
  /** Sends a test alert to one trusted contact (or all) on every channel, and reports each. */
  'contacts.test': z.strictObject({ contactName: z.string().min(1).max(60).optional() }),
  /**
   * The caregiver says a test e-mail or text message arrived: that way to reach them is
   * working. Only a channel whose test was sent can be confirmed.
   */
  'contacts.confirm': z.strictObject({
    pin,
    contactName: z.string().min(1).max(60),
    channelType: z.enum(['email', 'sms']),
    channelTarget: z.string().min(1).max(2000),
  }),
  /**
   * The code a family member's phone scans to get push alerts: a new unguessable topic and reply
   * topic (or, with `topic`, the code of one already set up), its link and its QR code. A saved
   * topic reaches the screens masked ("•••9c1e"); its code needs the caregiver PIN.
   */
  'push.code': z.strictObject({
    pin,
    server: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    topic: ntfyTopic.optional(),
  }),
  'alerts.list': z.strictObject({ limit: z.number().int().min(1).max(1000).default(100) }),
  /**
   * A family member approves a help session on the warning, with the caregiver PIN: the remote
   * tools running now may stay connected for an hour (a bar stays on screen the whole time).
   */
  'help.approve': z.strictObject({ pin }),
  /** "End it now": ends the help session and the tools it allowed. Never needs the PIN. */
  'help.end': empty,
  'events.list': z.strictObject({ limit: z.number().int().min(1).max(1000).default(100) }),
  /** Saves a finished "Am I being scammed?" check; the core works out the verdict from the answers. */
  'checklist.record': z.strictObject({
    answers: z.partialRecord(
      z.enum(questionIds as unknown as readonly [QuestionId, ...QuestionId[]]),
      z.enum(answerValues),
    ),
  }),
  /** "Send this to Ann": queues the summary for one trusted contact, or all of them. */
  'checklist.share': z.strictObject({
    id: z.string().min(1).max(200),
    contactName: z.string().min(1).max(60).optional(),
  }),
  'checklist.list': z.strictObject({ limit: z.number().int().min(1).max(500).default(50) }),
  /** "Paste or type what they said or sent you." */
  'message.check': z.strictObject({ text: z.string().max(100_000) }),
} as const;

export type Channel = keyof typeof requestSchemas;

export interface Responses {
  'status.get': ProtectionStatus;
  'protection.pause': ProtectionStatus;
  'protection.resume': ProtectionStatus;
  'settings.get': Settings;
  'settings.update': Settings;
  'settings.save': Settings;
  'settings.export': { readonly text: string };
  'setup.status': SetupStatus;
  'setup.complete': SetupStatus;
  'pin.set': SetupStatus;
  'pin.check': { readonly ok: true };
  'app.quit': { readonly quitting: boolean };
  'history.list': readonly HistoryEntry[];
  'catalog.tools': readonly KnownTool[];
  'settings.import': Settings;
  'incidents.list': readonly Incident[];
  'incidents.resolve': Incident;
  'incidents.picture': { readonly dataUrl: string | null };
  'remoteTools.end': EndToolsResult;
  'remoteTools.list': readonly RunningRemoteTool[];
  'browser.close': CloseBrowserResult;
  'help.approve': ProtectionStatus;
  'help.end': EndToolsResult;
  'interruption.choice': Incident;
  'contacts.test': readonly Delivery[];
  'contacts.confirm': FamilyReach;
  'push.code': PushCode;
  'alerts.list': readonly Delivery[];
  'events.list': readonly AuditEvent[];
  'checklist.record': ChecklistRecord;
  'checklist.share': readonly Delivery[];
  'checklist.list': readonly ChecklistRecord[];
  'message.check': MessageCheck;
}

/** What a phone scans to get push alerts. */
export interface PushCode {
  readonly server: string;
  readonly topic: string;
  /** A new pairing's reply topic; null when showing the code of a topic already set up. */
  readonly replyTopic: string | null;
  /** The address the phone opens: `<server>/<topic>`. */
  readonly link: string;
  /** The QR code of the link, as SVG markup. */
  readonly qrSvg: string;
}

/** What "End the remote connection" did to each tool, and what still runs after it. */
export interface EndToolsResult {
  readonly results: readonly EndSessionResult[];
  readonly stillRunning: readonly RemoteToolNow[];
}

export interface SetupStatus {
  /** Epoch ms when the caregiver finished the setup; null shows the setup screens. */
  readonly completedAt: number | null;
  readonly pinSet: boolean;
  /** Set while too many wrong PINs keep the PIN locked. */
  readonly pinLockedUntil: number | null;
}

export interface KnownTool {
  readonly id: string;
  readonly name: string;
  readonly abuse: AbuseClass;
}

/** What a caller sends (defaults may be left out). */
export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof requestSchemas)[C]>;
export type ResponseOf<C extends Channel> = Responses[C];

/** Events the core pushes to every connected renderer. */
export interface PushEvents {
  'protection.status': ProtectionStatus;
  'incident.opened': Incident;
  /** Escalated, resolved or otherwise changed. */
  'incident.updated': Incident;
  /** Asks the renderer to show a screen (the tray menu uses it). */
  'ui.navigate': { readonly screen: ScreenName };
}
export { isPushEventName, pushEventNames, type PushEventName } from './channels';

export const screenNames = [
  'home',
  'checklist',
  'message',
  'settings',
  'pause',
  'setup',
  'caregiver',
  'history',
  'quit',
] as const;
export type ScreenName = (typeof screenNames)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value);
}

// Compile-time guard: every channel has a response type and vice versa.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractIsComplete: [
  Exact<keyof Responses, Channel>,
  Exact<ChannelName, Channel>,
  Exact<keyof PushEvents, PushEventName>,
] = [true, true, true];
void contractIsComplete;
