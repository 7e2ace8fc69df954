import { describe, expect, it } from 'vitest';
import { coveredDisplay, displayOf, isFullscreen } from '../../../../shared/windows/fullscreen';

const left = { id: 'left', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const right = { id: 'right', bounds: { x: 1920, y: 0, width: 1280, height: 1024 } };
const displays = [left, right];

describe('full-screen decisions', () => {
  it('a captionless window over a whole display is full screen (F11, kiosk)', () => {
    expect(isFullscreen({ bounds: left.bounds, displays, hasCaption: false })).toBe(true);
    // Windows puts a full-screen window a few pixels past the edges.
    expect(
      isFullscreen({ bounds: { x: -8, y: -8, width: 1936, height: 1096 }, displays, hasCaption: false }),
    ).toBe(true);
  });

  it('a maximised window keeps its caption and is not full screen', () => {
    expect(isFullscreen({ bounds: left.bounds, displays, hasCaption: true })).toBe(false);
    expect(
      isFullscreen({ bounds: { x: 0, y: 0, width: 1920, height: 1040 }, displays, hasCaption: false }),
    ).toBe(false);
  });

  it("the window manager's own full-screen state counts", () => {
    expect(
      isFullscreen({
        bounds: { x: 10, y: 10, width: 50, height: 50 },
        displays,
        hasCaption: true,
        managerSaysFullscreen: true,
      }),
    ).toBe(true);
  });

  it('finds the display a window covers or mostly sits on', () => {
    expect(coveredDisplay(right.bounds, displays)?.id).toBe('right');
    expect(displayOf({ x: 1800, y: 100, width: 600, height: 400 }, displays)?.id).toBe('right');
    expect(displayOf({ x: 5000, y: 100, width: 600, height: 400 }, displays)).toBeNull();
  });
});
