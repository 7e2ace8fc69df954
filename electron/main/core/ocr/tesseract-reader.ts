import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import type { GreyImage } from '../ports/grey-image';
import { encodePgm } from '../capture/grey-image';
import type { Logger } from '../logging/logger';
import type { TextReader } from '../ports/text-reader';

/** Scam pages in the countries Hold On serves are written in these. */
export const ocrLanguages = ['eng', 'spa', 'deu'] as const;

/** A reader unused this long gives its memory back (about 100 MB); the next read starts it again. */
const defaultIdleMs = 5 * 60_000;

const requireHere = createRequire(import.meta.url);

/**
 * The language data comes from the installed `@tesseract.js-data/<lang>` packages (the LSTM
 * "best_int" models), never from the network. tesseract.js reads every language from one folder,
 * so the three files are copied next to each other once.
 */
export function prepareLanguageData(dir: string, languages: readonly string[] = ocrLanguages): string {
  mkdirSync(dir, { recursive: true });
  for (const lang of languages) {
    const from = requireHere.resolve(`@tesseract.js-data/${lang}/4.0.0_best_int/${lang}.traineddata.gz`);
    const to = join(dir, `${lang}.traineddata.gz`);
    let copy = true;
    try {
      copy = statSync(to).size !== statSync(from).size;
    } catch {
      // Not copied yet.
    }
    if (copy) copyFileSync(from, to);
  }
  return dir;
}

export interface TesseractReaderOptions {
  /** Where the language files are gathered (the app's data folder). */
  readonly dataDir: string;
  readonly logger: Logger;
  readonly languages?: readonly string[];
  readonly idleMs?: number;
}

/**
 * OCR with tesseract.js: one worker, started on the first read and reused, with its language data
 * from npm packages (`langPath` is a local folder; `cacheMethod: 'none'` writes nothing else).
 */
export function createTesseractReader(options: TesseractReaderOptions): TextReader {
  const languages = options.languages ?? ocrLanguages;
  let worker: Promise<Worker> | null = null;
  let idle: NodeJS.Timeout | null = null;

  const start = async (): Promise<Worker> => {
    const started = performance.now();
    const langPath = prepareLanguageData(join(options.dataDir, 'ocr'), languages);
    const created = await createWorker([...languages].join('+'), OEM.LSTM_ONLY, {
      langPath,
      cacheMethod: 'none',
      gzip: true,
      errorHandler: (error: unknown) => options.logger.error('text reader failed', { error }),
    });
    options.logger.info('text reader ready', { languages, ms: Math.round(performance.now() - started) });
    return created;
  };

  const release = async (): Promise<void> => {
    if (idle) clearTimeout(idle);
    idle = null;
    const current = worker;
    worker = null;
    if (current) await (await current).terminate();
  };

  return {
    async read(image: GreyImage) {
      if (idle) clearTimeout(idle);
      worker ??= start().catch((error: unknown) => {
        worker = null;
        throw error;
      });
      try {
        const { data } = await (await worker).recognize(Buffer.from(encodePgm(image)));
        return data.text;
      } finally {
        idle = setTimeout(() => void release(), options.idleMs ?? defaultIdleMs);
        idle.unref();
      }
    },
    release,
  };
}
