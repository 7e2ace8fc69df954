import type { BootFacts } from './ports/boot-facts';
import type { ProtectionStatus } from '../../../shared/model/protection';
import type { ProcessControl } from './actions/end-processes';
import type { Invoke } from './api/dispatch';
import type { EventBus } from './event-bus';
import type { Logger } from './logging/logger';
import type { AuditLog } from './audit-log';
import type { History } from './history';
import type { AlertTuning, Notifier } from './notifier/notifier';
import type { OwnerActions } from './owner-actions';
import type { PinGuard } from './pin/pin-guard';
import type { BrowserLockupProtection } from './protection/browser-lockup-protection';
import type { IncidentSink } from './protection/incident-sink';
import type { RemoteToolProtection } from './protection/remote-tool-protection';
import type { SettingsService } from './settings/settings-service';
import type { SettingsSource } from './settings/settings-source';
import type { SetupState } from './setup-state';
import type { IncidentRepository } from './store/incident-repository';
import type { ActiveClock } from './ports/active-clock';
import type { Clock } from './ports/clock';
import type { ProcessSource } from './ports/process-source';
import type { ScreenCapture } from './ports/screen-capture';
import type { SecretCipher } from './ports/secret-cipher';
import type { TextReader } from './ports/text-reader';
import type { WindowSource } from './ports/window-source';
import type { StartupEntry } from './protection/startup-entry-watch';
import type { RegistryDwordReader } from '../../../shared/windows/windows-protections';

/** Everything the app does that is not Electron: store, policy, handlers. Runs under plain Node. */
export interface Core {
  /** The contract (shared/ipc/contract.ts): every host serves exactly these channels. */
  readonly invoke: Invoke;
  /** Push events for the screens (`incident.opened`, `protection.status`, …). */
  readonly bus: EventBus;
  status(): ProtectionStatus;
  /** What whoever owns the computer account may do without the PIN (the CLI). */
  readonly owner: OwnerActions;
  /** Starts the sensors (the app, `holdon watch` and the preview host do; one-shot commands do not). */
  startProtection(): Promise<void>;
  /** Stops the sensors and frees the screen reader (`holdon watch` on Ctrl+C). */
  stopProtection(): Promise<void>;
  /** Gives queued alerts up to `ms` to go out (the app calls it before quitting). */
  flushAlerts(ms: number): Promise<void>;
  close(): void;
}

/** The wired parts, for tests and benchmarks that drive one piece directly; hosts use `Core`. */
export interface CoreParts {
  readonly incidents: IncidentRepository;
  readonly sink: IncidentSink;
  readonly audit: AuditLog;
  readonly notifier: Notifier;
  readonly settings: SettingsSource;
  readonly settingsService: SettingsService;
  readonly remote: RemoteToolProtection;
  readonly browser: BrowserLockupProtection;
  readonly pin: PinGuard;
  readonly setup: SetupState;
  readonly history: History;
}

export interface CoreOptions extends AlertTuning {
  readonly dataDir: string;
  /** Defaults to `<dataDir>/holdon.db`. */
  readonly databasePath?: string;
  /**
   * A database that cannot be used (a newer app's, a read-only folder…) does not stop protection:
   * it runs from memory with the recovery file's settings and PIN, "degraded", and the family is
   * told (the app, `holdon watch`, the preview host). One-shot commands say what is wrong instead.
   */
  readonly keepProtectingIfStoreFails?: boolean;
  /** Headless mode: settings come from (and are saved to) this JSON file instead of the database. */
  readonly configPath?: string;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Electron's version when the core runs inside the app; null elsewhere. */
  readonly electronVersion?: string | null;
  /** Where processes are read from; by default /proc on Linux, ps-list elsewhere. */
  readonly processSource?: ProcessSource;
  /** How often the process sensor looks, in ms (default 250 on Linux, 1000 elsewhere). */
  readonly processPollMs?: number;
  readonly processControl?: ProcessControl;
  /** The ntfy server new push pairings use (default https://ntfy.sh; tests use a local one). */
  readonly ntfyServer?: string;
  /** Encrypts secrets in the stored settings; by default AES-256-GCM with a key file in the data folder. */
  readonly secretCipher?: SecretCipher;
  /** Milliseconds since the computer started (default os.uptime()); tells a switched-off computer from a stopped Hold On. */
  readonly uptimeMs?: () => number;
  /** Running time that pauses in sleep and hibernation (default: the system's); see ports/active-clock.ts. */
  readonly activeMs?: ActiveClock;
  /** Reads Windows' protection settings from the registry (default: Windows' own; null elsewhere). */
  readonly registry?: RegistryDwordReader | null;
  /** This boot's identity and the last normal shutdown (default: the system's); see ports/boot-facts.ts. */
  readonly boot?: BootFacts;
  /** Hold On's entry in what starts at login, kept there while it runs (the installed app only). */
  readonly startupEntry?: StartupEntry | null;
  /** How the app quits when the caregiver asks with the PIN (the shell; the preview host). */
  readonly requestQuit?: () => void;
  /** Where windows are listed; by default X11 on Linux, user32 on Windows, CoreGraphics on macOS. */
  readonly windowSource?: WindowSource | null;
  readonly windowPollMs?: number;
  /** How a display is captured for reading its text (the shell passes Electron's desktopCapturer). */
  readonly screenCapture?: ScreenCapture | null;
  readonly textReader?: TextReader;
}
