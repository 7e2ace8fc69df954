import { desktopCapturer, screen } from 'electron';
import { greyFromBgra } from '../core/capture/grey-image';
import type { ScreenCapture } from '../core/ports/screen-capture';

/**
 * The app's screen capture on every OS: Electron's desktopCapturer, one display at full
 * resolution. https://www.electronjs.org/docs/latest/api/desktop-capturer
 * The window sensor's display is matched to Electron's by position (both start at the same
 * top-left corner; Electron's are in DIPs, so they are scaled back to pixels).
 */
export const electronScreenCapture: ScreenCapture = {
  name: 'desktopCapturer',
  async capture(display) {
    const displays = screen.getAllDisplays();
    const target =
      displays.find(
        (d) =>
          Math.abs(d.bounds.x * d.scaleFactor - display.bounds.x) < 2 &&
          Math.abs(d.bounds.y * d.scaleFactor - display.bounds.y) < 2,
      ) ??
      displays.find((d) => d.bounds.x === display.bounds.x && d.bounds.y === display.bounds.y) ??
      screen.getPrimaryDisplay();
    const size = {
      width: Math.round(target.size.width * target.scaleFactor),
      height: Math.round(target.size.height * target.scaleFactor),
    };
    const sources = await desktopCapturer.getSources({ types: ['screen'], thumbnailSize: size });
    const source = sources.find((s) => s.display_id === String(target.id)) ?? sources[0];
    if (!source) throw new Error('no screen to capture');
    const image = source.thumbnail;
    const { width, height } = image.getSize();
    return greyFromBgra(new Uint8Array(image.toBitmap()), width, height);
  },
};
