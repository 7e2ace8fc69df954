import type { FamilyReach } from '../../../../shared/model/family-reach';
import type { Incident } from '../../../../shared/model/incident';
import type { ProtectionState, ProtectionStatus, Situation } from '../../../../shared/model/protection';
import type { RemoteToolNow } from '../../../../shared/model/remote-tools';
import type { AuditLog } from '../audit-log';
import type { EventBus } from '../event-bus';
import type { Clock } from '../ports/clock';
import type { SettingsRepository } from '../store/settings-repository';
import { appVersion } from '../version';
import type { HelpSessionState } from './help-session';

const pauseKey = 'protection.pausedUntil';

export interface Protection {
  pausedUntil(): number | null;
  pause(minutes: number): number;
  resume(reason: 'manual' | 'timer'): void;
  /** Called after every resume: what started during the pause is looked at then. */
  onResumed(listener: () => void): void;
  /** Marks a sensor as failing (or healthy again with `null`). */
  setDegraded(sensor: string, reason: string | null): void;
  degradedReasons(): string[];
  /** `attention`: something needs doing; `connected`: a helper the family approved is connected. */
  state(now: { readonly attention: boolean; readonly connected: boolean }): ProtectionState;
  dispose(): void;
}

/**
 * Pause and degraded state. The pause end is stored, so a restart during a pause resumes on
 * time, and the resume is a timer, so nobody has to remember to switch protection back on.
 */
export function createProtection(deps: {
  readonly state: SettingsRepository;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
  readonly onChange: () => void;
}): Protection {
  const { state, audit, clock, onChange } = deps;
  const degraded = new Map<string, string>();
  const unrecorded: [string, Record<string, unknown>, number][] = [];
  const resumed: (() => void)[] = [];
  let timer: { cancel(): void } | null = null;

  const stored = (): number | null => {
    const value = state.get(pauseKey);
    return typeof value === 'number' ? value : null;
  };

  const endPause = (reason: 'manual' | 'timer', notify: boolean): void => {
    timer?.cancel();
    timer = null;
    if (stored() === null) return;
    state.remove(pauseKey);
    audit.append('protection.resumed', { reason }, clock.now());
    for (const listener of resumed) listener();
    if (notify) onChange();
  };

  const schedule = (until: number): void => {
    timer?.cancel();
    timer = clock.setTimeout(() => protection.resume('timer'), Math.max(0, until - clock.now()));
  };

  const protection: Protection = {
    pausedUntil() {
      const until = stored();
      return until !== null && until > clock.now() ? until : null;
    },
    pause(minutes) {
      const until = clock.now() + minutes * 60_000;
      state.put(pauseKey, until, clock.now());
      audit.append('protection.paused', { minutes, until }, clock.now());
      schedule(until);
      onChange();
      return until;
    },
    resume: (reason) => endPause(reason, true),
    onResumed: (listener) => void resumed.push(listener),
    setDegraded(sensor, reason) {
      const before = degraded.get(sensor) ?? null;
      if (before === reason) return;
      if (reason === null) degraded.delete(sensor);
      else degraded.set(sensor, reason);
      // A full disk cannot take the record: the state still shows, and the record waits its turn.
      unrecorded.push([
        reason === null ? 'sensor.recovered' : 'sensor.failed',
        { sensor, reason },
        clock.now(),
      ]);
      try {
        for (let next = unrecorded[0]; next; next = unrecorded[0]) {
          audit.append(...next);
          unrecorded.shift();
        }
      } catch {
        // Kept, and written before the record of the next change.
      }
      onChange();
    },
    degradedReasons: () => [...degraded.values()],
    state({ attention, connected }) {
      if (protection.pausedUntil() !== null) return 'paused';
      if (attention) return 'needs-attention';
      if (connected) return 'connected';
      if (degraded.size > 0) return 'degraded';
      return 'protected';
    },
    dispose() {
      timer?.cancel();
    },
  };

  // A pause that ended while the app was not running ends now (nobody listens yet, so no
  // notification); one still running gets its timer.
  const until = stored();
  if (until !== null) {
    if (until <= clock.now()) endPause('timer', false);
    else schedule(until);
  }
  return protection;
}

/** What the status view needs besides the protection itself. */
export interface StatusViewDeps {
  readonly protection: Protection;
  readonly openIncidents: (limit: number) => readonly Incident[];
  readonly remoteTools: () => readonly RemoteToolNow[];
  readonly help: () => HelpSessionState | null;
  readonly toolName: (toolId: string) => string;
  /** Who will be told (the notifier's view of the family's channels). */
  readonly family: () => FamilyReach;
  readonly bus: EventBus;
  readonly store: { readonly path: string; readonly schema: number; readonly recoveredFrom: string | null };
  /** Electron's version when the core runs inside the app; null elsewhere. */
  readonly electronVersion: string | null;
}

export interface StatusView {
  status(): ProtectionStatus;
  /** Pushes the status to every screen (it may have changed). */
  publish(): void;
  /** The warning must come back (a new warning, a rise to danger, the same tool again). */
  raise(): void;
}

/**
 * The one answer to "is this computer protected?" and "what is going on?", for the tray, the
 * screens and the CLI, pushed to every screen whenever it may have changed. Red
 * (`needs-attention`) only while something needs doing: a warning is open or a remote tool a
 * stranger could use is running.
 */
export function createStatusView(deps: StatusViewDeps): StatusView {
  let raise = 0;
  const situation = (): Situation => {
    const incidents = deps.openIncidents(20);
    const help = deps.help();
    return {
      remoteTools: deps.remoteTools(),
      incidents,
      severity: incidents.some((i) => i.severity === 'danger')
        ? 'danger'
        : incidents.length > 0
          ? 'warning'
          : null,
      raise,
      helpSession: help
        ? {
            until: help.until,
            approvedBy: help.approvedBy,
            approvedByName: help.approvedByName,
            toolNames: help.toolIds.map(deps.toolName),
          }
        : null,
    };
  };
  const status = (): ProtectionStatus => {
    const now = situation();
    const openIncidents = now.incidents.length;
    const strangers = now.remoteTools.some((t) => !t.helpSession);
    return {
      state: deps.protection.state({
        attention: openIncidents > 0 || strangers,
        connected: now.remoteTools.length > 0,
      }),
      openIncidents,
      situation: now,
      family: deps.family(),
      pausedUntil: deps.protection.pausedUntil(),
      degradedReasons: deps.protection.degradedReasons(),
      storeRecoveredFrom: deps.store.recoveredFrom,
      databasePath: deps.store.path,
      versions: {
        app: appVersion,
        node: process.versions.node,
        electron: deps.electronVersion,
        schema: deps.store.schema,
      },
    };
  };
  const publish = (): void => deps.bus.emit('protection.status', status());
  return {
    status,
    publish,
    raise() {
      raise += 1;
      publish();
    },
  };
}
