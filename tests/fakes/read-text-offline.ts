// Reads the text of a PGM picture with Hold On's text reader and prints it as JSON:
// {"text","workerPreloaded","firstMs","secondMs"}. Run by the offline OCR test under no-network.mjs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createTesseractReader } from '../../electron/main/core/ocr/tesseract-reader';
import { createMemoryLogger } from './memory-logger';

async function main(): Promise<void> {
  const [pgmPath, dataDir] = process.argv.slice(2);
  if (!pgmPath || !dataDir) throw new Error('usage: read-text-offline <file.pgm> <data-dir>');
  const bytes = readFileSync(pgmPath);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 32).toString('latin1'));
  if (!header?.[1] || !header[2]) throw new Error('not a binary PGM file');
  const image = {
    width: Number(header[1]),
    height: Number(header[2]),
    pixels: new Uint8Array(bytes.subarray(header[0].length)),
  };
  // Workers started from a file inherit the preload: check it, so "no attempt" covers tesseract's worker too.
  const probeFile = join(dataDir, 'probe.cjs');
  writeFileSync(
    probeFile,
    'require("node:worker_threads").parentPort.postMessage(globalThis.__holdonNoNetwork === true);',
  );
  const workerPreloaded = await new Promise<boolean>((resolve) => {
    const probe = new Worker(probeFile);
    probe.once('message', (m: boolean) => {
      resolve(m);
      void probe.terminate();
    });
  });
  rmSync(probeFile);
  const reader = createTesseractReader({ dataDir, logger: createMemoryLogger() });
  let started = performance.now();
  const text = await reader.read(image);
  const firstMs = performance.now() - started;
  started = performance.now();
  await reader.read(image);
  const secondMs = performance.now() - started;
  await reader.release();
  process.stdout.write(`${JSON.stringify({ text, workerPreloaded, firstMs, secondMs })}\n`);
}

void main();
