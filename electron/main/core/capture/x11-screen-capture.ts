import { execFile } from 'node:child_process';
import type { ScreenCapture } from '../ports/screen-capture';
import { crop } from './grey-image';
import { decodeXwd } from './xwd-image';

/**
 * Linux/X11 without Electron (`holdon watch`, tests): `xwd -root` (Debian package x11-apps)
 * dumps the whole screen, which is cut down to the display asked for.
 * https://www.x.org/releases/current/doc/man/man1/xwd.1.xhtml
 */
export function createX11ScreenCapture(env: NodeJS.ProcessEnv = process.env): ScreenCapture {
  return {
    name: 'xwd',
    capture: (display) =>
      new Promise((resolve, reject) => {
        execFile(
          'xwd',
          ['-root', '-silent'],
          { env, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
          (error, stdout) => {
            if (error) {
              reject(new Error(`could not capture the screen with xwd: ${error.message}`));
              return;
            }
            try {
              resolve(crop(decodeXwd(stdout), display.bounds));
            } catch (decodeError) {
              reject(decodeError instanceof Error ? decodeError : new Error(String(decodeError)));
            }
          },
        );
      }),
  };
}
