import type { Display } from '../../../../shared/windows/window-info';
import type { GreyImage } from './grey-image';

/** Takes a picture of one display, in grey (all the text reader needs). */
export interface ScreenCapture {
  readonly name: string;
  capture(display: Display): Promise<GreyImage>;
}
