import type { ScannedWindow } from '../../../shared/model/browser';
import { settingsToText } from '../../../shared/settings/settings-validation';
import type { AuditLog } from './audit-log';
import type { PinGuard } from './pin/pin-guard';
import type { BrowserLockupProtection } from './protection/browser-lockup-protection';
import type { SettingsService } from './settings/settings-service';
import type { SettingsSource } from './settings/settings-source';

/**
 * What the owner of the computer account may do without the PIN, from the command line. They
 * could read and change the database file anyway; each of these is written to the audit log
 * all the same, so the family hears of an import or a PIN reset. Everything else the CLI does
 * goes through the contract, like the screens.
 */
export interface OwnerActions {
  /** The settings file, secrets included (the screens only ever get "•••"). */
  exportSettings(): string;
  /** Checks and loads a settings file; nothing changes when it has an error (ApiFailure). */
  importSettings(text: string): void;
  /** Forgotten PIN: replaces it without the old one; every trusted contact is told. */
  resetPin(newPin: string): Promise<void>;
  /** Every window now, with a scam verdict each (full-screen browsers are read too). */
  scanWindows(): Promise<ScannedWindow[]>;
  /**
   * Hold On is being stopped by something other than Quit with the PIN (a SIGTERM, a logout
   * that was not a shutdown): written to the audit log, so the family is told before it goes.
   */
  reportStopped(how: string): Promise<void>;
}

export function createOwnerActions(deps: {
  readonly settings: SettingsSource;
  readonly settingsService: SettingsService;
  readonly pin: PinGuard;
  readonly browser: BrowserLockupProtection;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly now: () => number;
  /** Tells the family's heartbeat monitor (when one is set) that Hold On is stopping. */
  readonly health: { stopping(): Promise<boolean> };
}): OwnerActions {
  return {
    exportSettings() {
      const text = settingsToText(deps.settings.reveal());
      deps.audit.append('settings.exported', { how: 'cli' }, deps.now());
      return text;
    },
    importSettings(text) {
      deps.settingsService.importText(text, 'cli-import');
    },
    resetPin: (newPin) => deps.pin.reset(newPin),
    scanWindows: () => deps.browser.scan(),
    async reportStopped(how) {
      deps.audit.append('app.stopped', { how }, deps.now());
      await deps.health.stopping();
    },
  };
}
