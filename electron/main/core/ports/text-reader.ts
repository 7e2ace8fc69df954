import type { GreyImage } from './grey-image';

/** Reads the text in a picture (OCR). */
export interface TextReader {
  read(image: GreyImage): Promise<string>;
  /** Frees what reading needs (a worker, its language data) until the next read. */
  release(): Promise<void>;
}
