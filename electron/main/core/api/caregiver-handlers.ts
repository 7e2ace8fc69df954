import type { PingStop } from '../protection/heartbeat-ping';
import type { SetupStatus } from '../../../../shared/ipc/contract';
import { settingsToText } from '../../../../shared/settings/settings-validation';
import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { ProtectionStatus } from '../../../../shared/model/protection';
import type { AuditLog } from '../audit-log';
import type { History } from '../history';
import type { PinGuard } from '../pin/pin-guard';
import type { Protection } from '../protection/protection-state';
import type { SettingsService } from '../settings/settings-service';
import type { SettingsSource } from '../settings/settings-source';
import type { SetupState } from '../setup-state';
import type { Handlers } from './dispatch';

export type CaregiverChannel =
  | 'protection.pause'
  | 'settings.save'
  | 'settings.export'
  | 'settings.import'
  | 'setup.status'
  | 'setup.complete'
  | 'pin.set'
  | 'pin.check'
  | 'app.quit'
  | 'history.list'
  | 'catalog.tools';

export interface CaregiverDeps {
  readonly pin: PinGuard;
  readonly setup: SetupState;
  readonly history: History;
  readonly settings: SettingsSource;
  readonly settingsService: SettingsService;
  readonly protection: Protection;
  readonly audit: AuditLog;
  readonly catalog: Catalog;
  readonly status: () => ProtectionStatus;
  readonly now: () => number;
  /** Quits the app (the Electron shell, or the preview host); absent where nothing can quit. */
  readonly requestQuit?: (() => void) | undefined;
  /** Tells the family's heartbeat monitor (when one is set) that Hold On is stopping. */
  readonly health?: { stopping(how: PingStop): Promise<boolean> };
}

/**
 * The caregiver's side of the contract. Everything that lowers protection or reveals the
 * family's set-up checks the PIN here, in the core, so no screen (and no scammer driving the
 * mouse, or talking to the socket) can skip it.
 */
export function createCaregiverHandlers(deps: CaregiverDeps): Pick<Handlers, CaregiverChannel> {
  const { pin, setup, settings, settingsService, audit, now } = deps;
  const setupStatus = (): SetupStatus => ({
    completedAt: setup.completedAt(),
    pinSet: pin.isSet(),
    pinLockedUntil: pin.lockedUntil(),
  });
  return {
    'protection.pause': async ({ minutes, pin: given }) => {
      await pin.check(given);
      deps.protection.pause(minutes);
      return deps.status();
    },
    'settings.save': async ({ pin: given, settings: next }) => {
      await pin.check(given);
      return settingsService.replace(next, setup.completedAt() === null ? 'setup' : 'screen');
    },
    'settings.export': async ({ pin: given }) => {
      await pin.check(given);
      audit.append('settings.exported', { how: 'screen' }, now());
      // The screens never see secrets, so the exported file has "•••" where they were.
      return { text: settingsToText(settings.load()) };
    },
    'settings.import': async ({ pin: given, text }) => {
      await pin.check(given);
      return settingsService.importText(text, 'import');
    },
    'setup.status': () => setupStatus(),
    'setup.complete': async ({ pin: given }) => {
      await pin.check(given);
      if (setup.completedAt() === null) setup.complete();
      return setupStatus();
    },
    'pin.set': async ({ pin: given, newPin }) => {
      await pin.set(newPin, given);
      return setupStatus();
    },
    'pin.check': async ({ pin: given }) => {
      await pin.check(given);
      return { ok: true } as const;
    },
    'app.quit': async ({ pin: given }) => {
      await pin.check(given);
      if (!deps.requestQuit) return { quitting: false };
      audit.append('app.quit', { by: 'caregiver' }, now());
      // Answer first, then quit: the screen hears back before the host goes, and the family's
      // monitor hears at once that Hold On is off (it would otherwise notice only when a call
      // is missed).
      const quit = (): void => void setTimeout(() => deps.requestQuit?.(), 50);
      void (deps.health?.stopping('quit') ?? Promise.resolve(false)).then(quit, quit);
      return { quitting: true };
    },
    'history.list': ({ type, limit }) => deps.history.list({ type, limit }),
    'catalog.tools': () => deps.catalog.tools.map((t) => ({ id: t.id, name: t.name, abuse: t.abuse })),
  };
}
