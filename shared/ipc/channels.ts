/**
 * Channel and event names only, with no schemas, so the sandboxed preload stays tiny.
 * `contract.ts` checks at compile time that this list and the schemas agree.
 */
export const channelNames = [
  'status.get',
  'protection.pause',
  'protection.resume',
  'settings.get',
  'settings.update',
  'settings.save',
  'settings.export',
  'settings.import',
  'setup.status',
  'setup.complete',
  'pin.set',
  'pin.check',
  'app.quit',
  'history.list',
  'catalog.tools',
  'incidents.list',
  'incidents.resolve',
  'incidents.picture',
  'remoteTools.end',
  'remoteTools.list',
  'browser.close',
  'help.approve',
  'help.end',
  'interruption.choice',
  'contacts.test',
  'contacts.confirm',
  'push.code',
  'alerts.list',
  'events.list',
  'checklist.record',
  'checklist.share',
  'checklist.list',
  'message.check',
] as const;

export type ChannelName = (typeof channelNames)[number];

export const pushEventNames = [
  'protection.status',
  'incident.opened',
  'incident.updated',
  'ui.navigate',
] as const;
export type PushEventName = (typeof pushEventNames)[number];

export function isPushEventName(value: unknown): value is PushEventName {
  return typeof value === 'string' && (pushEventNames as readonly string[]).includes(value);
}
