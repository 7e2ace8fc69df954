/**
 * The first scorer's verdict: hand-set weights over the finders' signs (scam-weights.ts). It is
 * kept for three things: its reasons are what a person reads, its sum and verdict are features of
 * the trained detector, and `npm run eval:scam-text` shows it beside the detector.
 *
 * Each sign adds weight (a phone number, more so next to a brand name; "your computer is
 * blocked"; "do not close this page"; a fake error code; a countdown ...). A page is a scam when
 * the weights pass a threshold AND at least one scare sign is there, outside quotation marks.
 * Each word such as "scam", "pop-up" or "hang up" takes weight away.
 */
import type { ScamSigns } from './find-scam-signs';
import type { PhraseSignal } from './scam-phrases';
import { scamReason, type ScamReasonName } from './scam-reasons';
import type { ScamReason, ScamVerdict } from './scam-verdict';
import { phraseWeights, scareSignals, weights } from './scam-weights';

interface Found {
  readonly name: ScamReasonName;
  readonly weight: number;
  readonly vars?: Readonly<Record<string, string | number>>;
}

export interface HandSetVerdict extends ScamVerdict {
  /** The weights' sum minus the threshold: above 0 is the scorer's "looks like a scam". */
  readonly margin: number;
  /** Scare signs outside quotation marks (a scary title counts as one). */
  readonly scare: number;
}

export function handSetVerdict(signs: ScamSigns): HandSetVerdict {
  if (signs.all.trim().length === 0)
    return { scam: false, score: 0, reasons: [], margin: -weights.threshold, scare: 0 };
  const found: Found[] = [];
  let scare = 0;
  for (const signal of Object.keys(phraseWeights) as PhraseSignal[]) {
    const hit = signs.phrases.find((p) => p.signal === signal);
    if (hit === undefined) continue;
    if (scareSignals.has(signal) && !hit.quotedOnly) scare += 1;
    found.push({
      name: signal,
      weight: phraseWeights[signal] * (hit.quotedOnly ? weights.quotedFactor : 1),
      ...(signal === 'errorCode' ? { vars: { code: hit.text } } : {}),
    });
  }

  const { phones, brands, phoneWithBrand: pair } = signs;
  const firstPhone = phones[0];
  if (pair) {
    found.push({
      name: 'phoneWithBrand',
      weight: (pair.phone.tollFree ? weights.tollFreePhone : weights.phone) + weights.phoneNearBrand,
      vars: { brand: pair.brand.brand, phone: pair.phone.raw },
    });
  } else if (firstPhone) {
    found.push({
      name: 'phone',
      weight: firstPhone.tollFree ? weights.tollFreePhone : weights.phone,
      vars: { phone: firstPhone.raw },
    });
  }
  // "Your McAfee has expired" in a web page is a well-known lure
  // (https://www.enigmasoftware.com/mcafeesubscriptionoutofdate-removal/,
  // https://www.onlinethreatalerts.com/article/2022/11/1/mcafee-popup-scam-security-alert-message/).
  // Only on a page: a title alone ("Norton: your subscription has expired") may be the real vendor.
  const securityBrand = signs.body.trim().length > 0 ? brands.find((b) => b.kind === 'security') : undefined;
  if (securityBrand && found.some((f) => (f.name === 'expired' || f.name === 'fakeScan') && f.weight >= 1)) {
    found.push({ name: 'brand', weight: weights.securityBrandLure, vars: { brand: securityBrand.brand } });
  }
  const firstBrand = brands[0];
  if (firstBrand && !pair && !found.some((f) => f.name === 'brand'))
    found.push({ name: 'brand', weight: weights.brand, vars: { brand: firstBrand.brand } });

  // A title is short and chosen by the page: a scary one with a brand or a number is telling.
  if (signs.titleScary) {
    scare += 1;
    found.push({ name: 'alarm', weight: weights.titleAlarm });
  }
  let sum = found.reduce((total, f) => total + f.weight, 0);
  if (phones.length > 0 && scare > 0) sum += weights.phoneAndScare;
  // "Call us within 5 minutes", "call now and do not close this page": the pressure to call.
  const has = (name: ScamReasonName) => found.some((f) => f.name === name && f.weight >= 1);
  if (has('callNow') && (has('countdown') || has('doNotClose') || has('deviceClaim')))
    sum += weights.callUnderPressure;
  sum -= signs.aboutScams * weights.aboutScamsEach;
  // Several scare signs together; a page listing many different numbers is a list of scam numbers.
  sum += weights.eachExtraScare * Math.max(0, scare - 1);
  if (new Set(phones.map((p) => p.digits)).size >= 3) sum -= weights.manyNumbers;
  if (signs.adviceTitle) sum -= weights.adviceTitle;

  const margin = sum - weights.threshold;
  const score = Math.round((1 / (1 + Math.exp(-margin))) * 1000) / 1000;
  const scam = scare > 0 && score >= 0.5;
  // "It says your computer is blocked" already says what "something is wrong with your computer" would.
  const specificClaim = found.some(
    (f) => f.name === 'blocked' || f.name === 'infected' || f.name === 'hacked',
  );
  const reasons: ScamReason[] = found
    .sort((a, b) => b.weight - a.weight)
    .filter((f, i, all) => all.findIndex((g) => g.name === f.name) === i)
    .filter((f) => !(f.name === 'deviceClaim' && specificClaim))
    .map((f) => scamReason(f.name, f.vars ?? {}));
  if (signs.aboutScams > 0) reasons.push(scamReason('aboutScams'));
  return { scam, score: scam ? score : Math.min(score, 0.499), reasons, margin, scare };
}
