import type { PhraseSignal } from './scam-phrases';

/**
 * How much each sign counts in the hand-set scorer (hand-set-verdict.ts), as tuned on corpus v1
 * (the texts marked `corpusV1` in tests/fixtures/scam-text/). They also order the reasons a person
 * reads, strongest first; the verdict itself is the trained detector's (score-scam-text.ts).
 */
export const phraseWeights: Readonly<Record<PhraseSignal, number>> = {
  blocked: 1.5,
  infected: 1.0,
  hacked: 0.8,
  dataTheft: 0.8,
  adultContent: 1.0,
  callNow: 1.8,
  doNotClose: 2.0,
  errorCode: 0.8,
  countdown: 1.0,
  urgent: 0.5,
  fakeSupport: 0.8,
  expired: 1.0,
  alarm: 1.0,
  deviceClaim: 2.0,
  fakeScan: 1.5,
  fakeCharge: 2.0,
  accused: 2.0,
};

/** Signs that try to frighten; at least one, outside quotation marks, is needed for a scam verdict. */
export const scareSignals: ReadonlySet<PhraseSignal> = new Set<PhraseSignal>([
  'blocked',
  'infected',
  'hacked',
  'adultContent',
  'doNotClose',
  'errorCode',
  'countdown',
  'expired',
  'alarm',
  'deviceClaim',
  'fakeScan',
  'fakeCharge',
  'accused',
]);

export const weights = {
  phone: 1.5,
  tollFreePhone: 2.0,
  phoneNearBrand: 1.5,
  brand: 0.4,
  securityBrandLure: 2.5,
  phoneAndScare: 1.5,
  titleAlarm: 3.2,
  eachExtraScare: 0.5,
  manyNumbers: 2.0,
  adviceTitle: 1.5,
  callUnderPressure: 1.0,
  /** Each word that shows the page talks about scams (up to `aboutScamsCap` of them). */
  aboutScamsEach: 1.2,
  aboutScamsCap: 10,
  /** A sign found only inside quotation marks counts this much of its weight. */
  quotedFactor: 0.25,
  /** The sum of weights at which the score is 0.5. */
  threshold: 3.5,
} as const;
