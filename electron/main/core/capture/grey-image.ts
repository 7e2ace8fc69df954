import type { GreyImage } from '../ports/grey-image';

/** ITU-R BT.601 luma, the usual grey for text recognition. */
export function luma(r: number, g: number, b: number): number {
  return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
}

/** Grey from 4-byte pixels in B, G, R, A order (Electron's `NativeImage.toBitmap()`). */
export function greyFromBgra(bgra: Uint8Array, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  const view = new DataView(bgra.buffer, bgra.byteOffset, bgra.byteLength);
  for (let i = 0; i < pixels.length; i += 1) {
    pixels[i] = luma(view.getUint8(i * 4 + 2), view.getUint8(i * 4 + 1), view.getUint8(i * 4));
  }
  return { width, height, pixels };
}

/** The part of a picture inside a rectangle (a display of a multi-display desktop). */
export function crop(
  image: GreyImage,
  area: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
): GreyImage {
  const x = Math.max(0, area.x);
  const y = Math.max(0, area.y);
  const width = Math.max(0, Math.min(image.width - x, area.width));
  const height = Math.max(0, Math.min(image.height - y, area.height));
  if (x === 0 && y === 0 && width === image.width && height === image.height) return image;
  const pixels = new Uint8Array(width * height);
  for (let row = 0; row < height; row += 1) {
    const from = (y + row) * image.width + x;
    pixels.set(image.pixels.subarray(from, from + width), row * width);
  }
  return { width, height, pixels };
}

/** A binary PGM (P5) file: the simplest format Tesseract's image reader (Leptonica) accepts. */
export function encodePgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header, 0);
  out.set(image.pixels, header.length);
  return out;
}
