import type { GreyImage } from '../ports/grey-image';
import { luma } from './grey-image';

/**
 * Decodes an X Window Dump (what `xwd -root` writes) into 8-bit grey, the input OCR needs.
 * The header is 25 big-endian 32-bit fields, then the window name, then `ncolors` 12-byte
 * colour entries, then the pixels in the server's byte order.
 * Format: X11 `XWDFile.h` (https://gitlab.freedesktop.org/xorg/proto/xorgproto/-/blob/master/include/X11/XWDFile.h)
 */

const headerFields = 25;
const colorEntryBytes = 12;
const zPixmap = 2;

export class XwdFormatError extends Error {}

export function decodeXwd(data: Uint8Array): GreyImage {
  if (data.length < headerFields * 4) throw new XwdFormatError('the screen capture is too short');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const field = (i: number): number => view.getUint32(i * 4, false);
  const headerSize = field(0);
  const version = field(1);
  const format = field(2);
  const width = field(4);
  const height = field(5);
  const byteOrder = field(7); // 0 = LSBFirst
  const bitsPerPixel = field(11);
  const bytesPerLine = field(12);
  const redMask = field(14);
  const greenMask = field(15);
  const blueMask = field(16);
  const colors = field(19);
  if (version !== 7) throw new XwdFormatError(`unknown screen capture version ${version}`);
  if (format !== zPixmap || (bitsPerPixel !== 32 && bitsPerPixel !== 24)) {
    throw new XwdFormatError(`unsupported screen capture format (${format}, ${bitsPerPixel} bits)`);
  }
  const start = headerSize + colors * colorEntryBytes;
  if (start + bytesPerLine * height > data.length)
    throw new XwdFormatError('the screen capture is cut short');

  const shift = (mask: number): number => (mask === 0 ? 0 : 31 - Math.clz32(mask & -mask));
  const scale = (mask: number): number => (mask === 0 ? 0 : 255 / (mask >>> shift(mask)));
  const [rs, gs, bs] = [shift(redMask), shift(greenMask), shift(blueMask)];
  const [rk, gk, bk] = [scale(redMask), scale(greenMask), scale(blueMask)];
  const bytes = bitsPerPixel / 8;
  const little = byteOrder === 0;
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const row = start + y * bytesPerLine;
    for (let x = 0; x < width; x += 1) {
      const at = row + x * bytes;
      const value =
        bytes === 4
          ? view.getUint32(at, little)
          : little
            ? view.getUint16(at, true) | (view.getUint8(at + 2) << 16)
            : (view.getUint16(at, false) << 8) | view.getUint8(at + 2);
      const r = ((value & redMask) >>> rs) * rk;
      const g = ((value & greenMask) >>> gs) * gk;
      const b = ((value & blueMask) >>> bs) * bk;
      pixels[y * width + x] = luma(r, g, b);
    }
  }
  return { width, height, pixels };
}
