import { z } from 'zod';
import type { Delivery } from '../model/alert';
import type { CloseBrowserResult } from '../model/browser';
import type { AuditEvent, Incident } from '../model/incident';
import type { ProtectionStatus } from '../model/protection';
import type { EndSessionResult, RunningRemoteTool } from '../model/remote-tools';
import { countries, languages } from '../settings/choices';
import type { Settings } from '../settings/settings-schema';
import { channelNames, type ChannelName, type PushEventName } from './channels';

/**
 * The one contract between the renderer and the core. Every host (Electron IPC, the
 * preview WebSocket, the CLI) serves exactly these channels with the same handlers.
 * Requests are validated with these schemas on the core side; responses are typed below.
 */
const empty = z.strictObject({});

/** How an incident ended: what the person chose, or that they closed the warning without choosing. */
export const resolutions = [
  'ended-session',
  'closed-browser',
  'trusted-help',
  'dismissed',
  'not-resolved',
] as const;
export type Resolution = (typeof resolutions)[number];

export const requestSchemas = {
  'status.get': empty,
  'protection.pause': z.strictObject({ minutes: z.union([z.literal(15), z.literal(60)]) }),
  'protection.resume': empty,
  'settings.get': empty,
  /** `null` clears a choice (back to the computer's language, no country). */
  'settings.update': z.strictObject({
    language: z.enum(languages).nullable().optional(),
    country: z.enum(countries).nullable().optional(),
  }),
  'settings.export': empty,
  'settings.import': z.strictObject({ text: z.string().max(1_000_000) }),
  'incidents.list': z.strictObject({ limit: z.number().int().min(1).max(500).default(50) }),
  'incidents.resolve': z.strictObject({ id: z.string().min(1).max(200), resolution: z.enum(resolutions) }),
  /** Ends the remote tool behind an incident: all its processes, whole tree, verified. */
  'session.end': z.strictObject({ incidentId: z.string().min(1).max(200) }),
  'remoteTools.list': empty,
  /** Ends the web browser behind a browser-lockup incident: all its processes, verified. */
  'browser.close': z.strictObject({ incidentId: z.string().min(1).max(200) }),
  /** Lets the tools the family allowed for help sessions run for a while. */
  /**
   * What the person did on the warning screen, for the record (and the family): called a
   * trusted contact, had it read aloud, asked someone they know for help (starts a trusted help
   * session and resolves the incident), or closed it without choosing (it stays open).
   */
  'interruption.choice': z.strictObject({
    incidentId: z.string().min(1).max(200),
    choice: z.enum(['called-contact', 'read-aloud', 'trusted-help', 'closed-without-choice']),
  }),
  /** Sends a test alert to one trusted contact (or all) on every channel, and reports each. */
  'contacts.test': z.strictObject({ contactName: z.string().min(1).max(60).optional() }),
  'alerts.list': z.strictObject({ limit: z.number().int().min(1).max(1000).default(100) }),
  'help.startTrustedSession': z.strictObject({
    minutes: z.union([z.literal(15), z.literal(30), z.literal(60), z.literal(120)]),
  }),
  'events.list': z.strictObject({ limit: z.number().int().min(1).max(1000).default(100) }),
} as const;

export type Channel = keyof typeof requestSchemas;
export const channels: readonly Channel[] = channelNames;

export interface Responses {
  'status.get': ProtectionStatus;
  'protection.pause': ProtectionStatus;
  'protection.resume': ProtectionStatus;
  'settings.get': Settings;
  'settings.update': Settings;
  'settings.export': { readonly text: string };
  'settings.import': Settings;
  'incidents.list': readonly Incident[];
  'incidents.resolve': Incident;
  'session.end': EndSessionResult;
  'remoteTools.list': readonly RunningRemoteTool[];
  'browser.close': CloseBrowserResult;
  'help.startTrustedSession': { readonly until: number };
  'interruption.choice': Incident;
  'contacts.test': readonly Delivery[];
  'alerts.list': readonly Delivery[];
  'events.list': readonly AuditEvent[];
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

export type ScreenName = 'home' | 'checklist' | 'settings' | 'pause';

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
