import { describe, expect, it } from 'vitest';
import { crop, encodePgm, greyFromBgra } from '../../../../../../electron/main/core/capture/grey-image';
import { decodeXwd, XwdFormatError } from '../../../../../../electron/main/core/capture/xwd-image';

/** An XWD file as xwd writes it on a little-endian 24-bit TrueColor screen (32 bits per pixel). */
function xwdFile(width: number, height: number, pixels: readonly number[], bitsPerPixel = 32): Uint8Array {
  const name = new TextEncoder().encode('xwdump\0');
  const headerSize = 100 + name.length;
  const bytesPerLine = width * (bitsPerPixel / 8);
  const out = new Uint8Array(headerSize + bytesPerLine * height);
  const view = new DataView(out.buffer);
  const fields = [
    headerSize,
    7,
    2,
    24,
    width,
    height,
    0,
    0,
    32,
    0,
    32,
    bitsPerPixel,
    bytesPerLine,
    4,
    0xff0000,
    0x00ff00,
    0x0000ff,
    8,
    256,
    0,
    width,
    height,
    0,
    0,
    0,
  ];
  fields.forEach((v, i) => view.setUint32(i * 4, v, false));
  out.set(name, 100);
  pixels.forEach((p, i) => {
    const at = headerSize + i * (bitsPerPixel / 8);
    if (bitsPerPixel === 32) view.setUint32(at, p, true);
    else {
      out[at] = p & 0xff;
      out[at + 1] = (p >> 8) & 0xff;
      out[at + 2] = (p >> 16) & 0xff;
    }
  });
  return out;
}

describe('screen captures in XWD format', () => {
  it('turns colours into grey: white, black, pure red, green and blue', () => {
    const image = decodeXwd(xwdFile(5, 1, [0xffffff, 0x000000, 0xff0000, 0x00ff00, 0x0000ff]));
    expect(image.width).toBe(5);
    expect([...image.pixels]).toEqual([255, 0, 76, 150, 29]);
  });

  it('reads 24-bit packed pixels too', () => {
    const image = decodeXwd(xwdFile(2, 1, [0xffffff, 0xff0000], 24));
    expect([...image.pixels]).toEqual([255, 76]);
  });

  it('refuses damaged files with a clear message', () => {
    expect(() => decodeXwd(new Uint8Array(10))).toThrow(XwdFormatError);
    expect(() => decodeXwd(xwdFile(4, 4, []).subarray(0, 120))).toThrow('the screen capture is cut short');
  });

  it('cuts out one display, writes PGM, and reads Electron bitmaps', () => {
    const image = { width: 4, height: 2, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]) };
    expect([...crop(image, { x: 2, y: 0, width: 2, height: 2 }).pixels]).toEqual([3, 4, 7, 8]);
    expect(new TextDecoder().decode(encodePgm(image).subarray(0, 11))).toBe('P5\n4 2\n255\n');
    expect([...greyFromBgra(Uint8Array.from([0, 0, 255, 255, 255, 255, 255, 255]), 2, 1).pixels]).toEqual([
      76, 255,
    ]);
  });
});
