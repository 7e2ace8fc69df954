/**
 * `npm run eval:scorer`: scores every text of tests/fixtures/scam-text/corpus.jsonl and prints one
 * JSON object: precision, recall and false-positive rate overall, per language, for verbatim vs
 * derived texts and per kind, for the dev split (what the weights were tuned on), the held-out
 * test split and both; the ids it got wrong; and the time per call.
 */
import { performance } from 'node:perf_hooks';
import { scoreScamText } from '../shared/scam-text/score-scam-text';
import { evaluate } from './eval/evaluate-scorer';
import { loadCorpus } from './eval/scam-corpus';

const corpus = loadCorpus();
const report = evaluate(corpus, (item) => scoreScamText({ title: item.title, text: item.text }));

// Speed: every corpus text many times, after a warm-up, as the window sensor and OCR would call it.
const rounds = 200;
for (const item of corpus) scoreScamText({ title: item.title, text: item.text });
const started = performance.now();
for (let r = 0; r < rounds; r += 1)
  for (const item of corpus) scoreScamText({ title: item.title, text: item.text });
const perCallMicros = ((performance.now() - started) * 1000) / (rounds * corpus.length);
const titleStarted = performance.now();
for (let r = 0; r < 20_000; r += 1) scoreScamText({ title: 'Inbox (3) - ann@example.test - Mail' });
const titleMicros = ((performance.now() - titleStarted) * 1000) / 20_000;
const longText = corpus
  .map((i) => i.text)
  .join('\n')
  .slice(0, 8_000);
const ocrStarted = performance.now();
for (let r = 0; r < 2_000; r += 1) scoreScamText({ text: longText });
const ocrMicros = ((performance.now() - ocrStarted) * 1000) / 2_000;

const targets = { recall: 0.95, falsePositiveRate: 0.01 };
const meets = (s: typeof report.all) =>
  (s.overall.recall ?? 0) >= targets.recall &&
  (s.overall.falsePositiveRate ?? 1) <= targets.falsePositiveRate;

process.stdout.write(
  `${JSON.stringify(
    {
      ...report,
      speed: {
        meanMicrosPerCorpusText: Math.round(perCallMicros * 10) / 10,
        microsPerTitle: Math.round(titleMicros * 10) / 10,
        microsPer8kCharOcrText: Math.round(ocrMicros * 10) / 10,
        node: process.versions.node,
      },
      targets,
      pass: { all: meets(report.all), dev: meets(report.dev), test: meets(report.test) },
    },
    null,
    2,
  )}\n`,
);
