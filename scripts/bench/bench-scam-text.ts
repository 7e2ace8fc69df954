/**
 * npm run bench:scam-text [-- --rounds 20000]
 *
 * How fast the two scam-text detectors are, as the app calls them (issue #15's budgets in
 * brackets):
 * - model load: reading, parsing and decoding each model file, the first time and then the median
 *   of 20 (≤ 50 ms);
 * - memory: the heap and array buffers both decoded models hold, after garbage collection when
 *   Node runs with --expose-gc, as `npm run bench:scam-text` does (≤ 30 MB);
 * - the first call: the first window title scored in a fresh process, which decodes the screen
 *   model and builds the finders' quick test (literal-prefilter.ts) on top of the one title;
 * - a window title: scoreScamText({ title }) over the corpus titles, one call at a time
 *   (p99 ≤ 50 µs);
 * - 8,000 characters of screen text (what one OCR pass of a full screen gives): scoreScamText
 *   over texts cut from the corpus pages (p99 ≤ 3 ms);
 * - a pasted message: checkMessage over the corpus messages;
 * - the machine's own jitter: a fixed arithmetic loop of about 10 µs, timed the same way, whose
 *   p99 over its p50 shows how much of a p99 the machine adds (interrupts, a busy neighbour).
 * Texts come from the dev split only. Prints one JSON object.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { remoteToolCatalog } from '../../electron/main/core/catalog';
import { checkMessage } from '../../shared/message-check/check-message';
import { decodeModel, type ScamModel, type ScamModelFile } from '../../shared/scam-text/scam-model';
import { scoreScamText } from '../../shared/scam-text/score-scam-text';
import { loadCorpus, messageInput } from '../eval/scam-corpus';
import { percentile, round } from './proc-stats';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20000' } } });
const rounds = Number(values.rounds);
const modelDir = join(import.meta.dirname, '../../resources/scam-text');

const gc = (globalThis as { gc?: () => void }).gc;
const held = (): number => {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

function loadTimes(track: string): { firstMs: number; medianMs: number; fileKb: number } {
  const path = join(modelDir, `${track}-model.json`);
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 21; i += 1) {
    const start = performance.now();
    const text = readFileSync(path, 'utf8');
    decodeModel(JSON.parse(text) as ScamModelFile);
    times.push(performance.now() - start);
    size = text.length;
  }
  return {
    firstMs: round(times[0] ?? NaN, 2),
    medianMs: round(percentile(times.slice(1), 50), 2),
    fileKb: round(size / 1024, 0),
  };
}

/** Microseconds per call, each call timed on its own. */
function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, calls: number) {
  for (let i = 0; i < Math.min(calls, 2000); i += 1) run(inputs[i % inputs.length] as T); // warm up
  const times = new Float64Array(calls);
  for (let i = 0; i < calls; i += 1) {
    const input = inputs[i % inputs.length] as T;
    const start = performance.now();
    run(input);
    times[i] = (performance.now() - start) * 1000;
  }
  const list = [...times];
  return {
    calls,
    p50Us: round(percentile(list, 50), 1),
    p99Us: round(percentile(list, 99), 1),
    maxUs: round(Math.max(...list), 1),
  };
}

const dev = loadCorpus().filter((i) => i.split === 'dev');
const titles = dev.filter((i) => i.track === 'screen').map((i) => i.title ?? i.text.slice(0, 120));
const firstStart = performance.now();
scoreScamText({ title: titles[0] ?? '' });
const firstCallMs = round(performance.now() - firstStart, 1);

/** A fixed loop of about 10 µs on this machine: no allocation, no memory beyond the first cache level. */
const numbers = Float64Array.from({ length: 4096 }, (_, i) => i);
function fixedWork(rounds: number): number {
  let sum = 0;
  for (let k = 0; k < rounds; k += 1)
    for (let i = 0; i < numbers.length; i += 64) sum += (numbers[i] ?? 0) * k;
  return sum;
}

const before = held();
const models: ScamModel[] = ['screen', 'message'].map((track) =>
  decodeModel(JSON.parse(readFileSync(join(modelDir, `${track}-model.json`), 'utf8')) as ScamModelFile),
);
const modelMemoryMb = round((held() - before) / 2 ** 20, 1);

// 8,000-character screens: corpus pages one after another, cut at 8,000.
const pages = dev.filter((i) => i.track === 'screen' && i.kind !== 'title').map((i) => i.text);
const screens: string[] = [];
for (let start = 0; screens.length < 50; start += 7) {
  let text = '';
  for (let k = start; text.length < 8000; k += 1) text += `${pages[k % pages.length] ?? ''}\n`;
  screens.push(text.slice(0, 8000));
}
const messages = dev.filter((i) => i.track === 'message').map(messageInput);

console.log(
  JSON.stringify(
    {
      node: process.version,
      gcBeforeMemory: gc !== undefined,
      load: { screen: loadTimes('screen'), message: loadTimes('message') },
      modelMemoryMb,
      modelsHeld: models.length,
      firstCallMs,
      title: timeEach(titles, (title) => scoreScamText({ title }), rounds),
      screenText8000: timeEach(screens, (text) => scoreScamText({ text }), Math.max(200, rounds / 20)),
      message: timeEach(
        messages,
        (text) => checkMessage(text, remoteToolCatalog),
        Math.max(200, rounds / 10),
      ),
      machineJitter: timeEach([200], fixedWork, rounds),
    },
    null,
    2,
  ),
);
