import { describe, expect, it } from 'vitest';
import { mapCode } from '../../../scripts/code-map';

describe('the code map', () => {
  it('has no import that runs back up a floor', () => {
    expect(mapCode().upward).toEqual([]);
  });

  it('keeps the composition root short: wiring only', () => {
    const root = mapCode().rooms.find((r) => r.room === 'electron/main/core/core-host.ts');
    expect(root?.lines).toBeLessThan(200);
  });
});
