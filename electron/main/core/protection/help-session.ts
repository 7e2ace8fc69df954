import type { HelpSessionGrant } from '../../../../shared/engine/remote-tool-policy';
import type { AuditLog } from '../audit-log';
import type { Clock } from '../ports/clock';
import type { SettingsRepository } from '../store/settings-repository';

const key = 'help.session';

/** Who approved a help session: the caregiver PIN typed on the warning, or the family's phone. */
export type HelpApprover = 'pin' | 'phone';

export interface HelpSessionState extends HelpSessionGrant {
  readonly startedAt: number;
  readonly approvedBy: HelpApprover;
  /** The family member who approved it from the phone. */
  readonly approvedByName: string | null;
}

/**
 * A help session: for a while, the remote tools named on a warning may stay connected, because
 * the family said so. The person alone can never start one; it ends by itself when its time is
 * up, or at once with "End it now". Kept in the database, so a restart keeps it (and its end).
 */
export interface HelpSession {
  current(): HelpSessionState | null;
  start(grant: {
    minutes: number;
    toolIds: readonly string[];
    approvedBy: HelpApprover;
    approvedByName?: string;
    /** The tools' names, for the family's message. */
    toolNames?: readonly string[];
  }): HelpSessionState;
  /** Ends it now (`ended`) or because its time is up (`timer`); nothing when none is on. */
  end(reason: 'ended' | 'timer'): void;
  /** Called after a session starts or ends, so what it allowed is looked at again. */
  onChange(listener: () => void): void;
  dispose(): void;
}

function read(value: unknown): HelpSessionState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<HelpSessionState>;
  if (typeof v.until !== 'number' || !Array.isArray(v.toolIds)) return null;
  return {
    until: v.until,
    toolIds: v.toolIds.filter((t): t is string => typeof t === 'string'),
    startedAt: typeof v.startedAt === 'number' ? v.startedAt : v.until,
    approvedBy: v.approvedBy === 'phone' ? 'phone' : 'pin',
    approvedByName: typeof v.approvedByName === 'string' ? v.approvedByName : null,
  };
}

export function createHelpSession(deps: {
  readonly state: SettingsRepository;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
}): HelpSession {
  const { state, audit, clock } = deps;
  const listeners: (() => void)[] = [];
  let timer: { cancel(): void } | null = null;
  const changed = (): void => {
    for (const listener of listeners) listener();
  };

  const session: HelpSession = {
    current() {
      const stored = read(state.get(key));
      return stored && stored.until > clock.now() ? stored : null;
    },
    start({ minutes, toolIds, approvedBy, approvedByName, toolNames }) {
      const now = clock.now();
      const next: HelpSessionState = {
        until: now + minutes * 60_000,
        toolIds,
        startedAt: now,
        approvedBy,
        approvedByName: approvedByName ?? null,
      };
      state.put(key, next, now);
      audit.append(
        'help.trusted-session',
        {
          minutes,
          until: next.until,
          by: approvedBy,
          tools: toolIds,
          ...(toolNames ? { toolNames } : {}),
          ...(approvedByName ? { contact: approvedByName } : {}),
        },
        now,
      );
      schedule(next.until);
      changed();
      return next;
    },
    end(reason) {
      timer?.cancel();
      timer = null;
      const stored = read(state.get(key));
      if (!stored) return;
      state.remove(key);
      audit.append('help.ended', { reason, tools: stored.toolIds }, clock.now());
      changed();
    },
    onChange: (listener) => void listeners.push(listener),
    dispose() {
      timer?.cancel();
      timer = null;
    },
  };
  const schedule = (until: number): void => {
    timer?.cancel();
    timer = clock.setTimeout(() => session.end('timer'), Math.max(0, until - clock.now()));
  };
  // A session that ran out while Hold On was stopped ends now; one still on gets its timer.
  const stored = read(state.get(key));
  if (stored) {
    if (stored.until <= clock.now()) session.end('timer');
    else schedule(stored.until);
  }
  return session;
}
