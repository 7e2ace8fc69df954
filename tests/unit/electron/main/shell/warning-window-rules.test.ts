import { describe, expect, it } from 'vitest';
import { warningMayClose, warningMustShow } from '../../../../../electron/main/shell/warning-window-rules';
import type { Incident } from '../../../../../shared/model/incident';
import type { Situation } from '../../../../../shared/model/protection';

const incident = { id: 'i1', severity: 'warning' } as Incident;
const situation = (over: Partial<Situation> = {}): Situation => ({
  remoteTools: [],
  incidents: [incident],
  severity: 'warning',
  raise: 1,
  helpSession: null,
  ...over,
});

describe('the warning windows', () => {
  it('open for an open warning, and come back each time it rises', () => {
    expect(warningMustShow(situation(), null)).toBe(true);
    expect(warningMustShow(situation({ raise: 1 }), 1)).toBe(false);
    expect(warningMustShow(situation({ raise: 2 }), 1)).toBe(true);
    expect(warningMustShow(situation({ incidents: [], raise: 5 }), 1)).toBe(false);
  });

  it('close only when nothing is left to warn about, or after the wait the page imposes', () => {
    const openedAt = 1000;
    // Alt+F4 or a window manager's close button: refused.
    expect(warningMayClose(situation(), openedAt, [])).toBe(false);
    expect(warningMayClose(situation(), openedAt, [{ type: 'interruption.read-aloud', at: 2000 }])).toBe(
      false,
    );
    // A close waited out before this window opened does not count for it.
    expect(
      warningMayClose(situation(), openedAt, [{ type: 'interruption.closed-without-choice', at: 500 }]),
    ).toBe(false);
    expect(
      warningMayClose(situation(), openedAt, [{ type: 'interruption.closed-without-choice', at: 1500 }]),
    ).toBe(true);
    expect(warningMayClose(situation({ incidents: [] }), openedAt, [])).toBe(true);
  });
});
