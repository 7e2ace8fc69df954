/** A picture in 8-bit grey, one byte per pixel, row after row: what screen capture gives and OCR reads. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}
