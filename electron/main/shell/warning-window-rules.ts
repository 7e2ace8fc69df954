import type { AuditEvent } from '../../../shared/model/incident';
import type { Situation } from '../../../shared/model/protection';

/**
 * The decisions of the warning windows, kept apart from Electron so they are tested under
 * plain Node (tests/unit/electron/main/shell/warning-window-rules.test.ts).
 */

/** Whether the warning windows must (re)open now: a warning is open and it rose since they were last shown. */
export function warningMustShow(situation: Situation, shownAtRaise: number | null): boolean {
  if (situation.incidents.length === 0) return false;
  return shownAtRaise === null || situation.raise > shownAtRaise;
}

/**
 * Whether a warning window may close. Only two ways: nothing is left to warn about (the tool
 * was ended, the page closed, the family approved help), or the person waited out "Close this
 * message" on the page, which records `interruption.closed-without-choice`. Alt+F4, the close
 * button of a window manager, or a caller's "just close it" get nothing.
 */
export function warningMayClose(
  situation: Situation,
  openedAt: number,
  recentEvents: readonly Pick<AuditEvent, 'type' | 'at'>[],
): boolean {
  if (situation.incidents.length === 0) return true;
  return recentEvents.some((e) => e.type === 'interruption.closed-without-choice' && e.at >= openedAt);
}
