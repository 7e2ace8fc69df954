/**
 * `npm run train:scam-text`: trains the two scam-text detectors (screen, message) on the dev
 * split of the corpus (tests/fixtures/scam-text/) and writes resources/scam-text/*-model.json.
 * Deterministic: full-batch training in a fixed order, no random numbers; the same corpus gives
 * the same files. The frozen test split is never read here: `npm run eval:scam-text` measures
 * the shipped models on it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finalModel, fitTrack, modelFile } from './eval/detector-training';
import { loadCorpus, tracks } from './eval/scam-corpus';

const outDir = join(__dirname, '../resources/scam-text');
mkdirSync(outDir, { recursive: true });
const started = performance.now();
const corpus = loadCorpus();
for (const track of tracks) {
  const dev = corpus.filter((i) => i.track === track && i.split === 'dev');
  const fit = fitTrack(track, dev, (line) => console.log(line));
  const file = modelFile(track, fit, finalModel(fit), dev);
  const path = join(outDir, `${track}-model.json`);
  writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`${track}: λ ${fit.lambda}, thresholds ${JSON.stringify(fit.thresholds)} → ${path}`);
}
console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
