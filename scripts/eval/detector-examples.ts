/**
 * Corpus items as training examples of one track's detector: the very features the shipped
 * detector computes (screen-evidence.ts, message-evidence.ts), so training and use cannot drift
 * apart.
 */
import { remoteToolCatalog } from '../../electron/main/core/catalog';
import {
  messageEvidence,
  messageHashed,
  type MessageEvidence,
} from '../../shared/message-check/message-evidence';
import { screenEvidence, screenHashed, type ScreenEvidence } from '../../shared/scam-text/screen-evidence';
import type { CharGrams, HashedFeatures } from '../../shared/scam-text/text-features';
import type { Example } from './logistic-regression';
import { messageInput, screenInput, type CorpusItem, type Track } from './scam-corpus';

export interface ExampleSet {
  readonly names: readonly string[];
  readonly examples: readonly Example[];
}

/**
 * The character n-grams each detector reads, shortest and longest, chosen on the nested grouped
 * cross-validation of dev (`npm run eval:scam-text`, at the same share of harmless texts flagged).
 * Scam screens found of 318: 256 with 3- to 5-grams, 269 with 3-grams alone (at 1.1 % of harmless
 * screens), 268 with 3- and 4-grams, 271 with 2- to 4-grams. Scam messages found of 375: 290 with
 * 3- to 5-grams, 288 with 3- and 4-grams, 286 with 2- to 4-grams and with 3-grams alone.
 */
export const trackCharGrams: Readonly<Record<Track, CharGrams>> = { screen: [2, 4], message: [3, 5] };

export const screenEvidenceOf = (item: CorpusItem): ScreenEvidence => screenEvidence(screenInput(item));

export const messageEvidenceOf = (item: CorpusItem): MessageEvidence =>
  messageEvidence(messageInput(item), remoteToolCatalog);

/** An item's named features and hashed n-grams, as its track's detector sees them. */
export function featuresOf(
  track: Track,
  item: CorpusItem,
  explain = false,
): { readonly named: ScreenEvidence['named']; readonly hashed: HashedFeatures } {
  if (track === 'screen') {
    const evidence = screenEvidenceOf(item);
    return { named: evidence.named, hashed: screenHashed(evidence, trackCharGrams.screen, explain) };
  }
  const evidence = messageEvidenceOf(item);
  return { named: evidence.named, hashed: messageHashed(evidence, trackCharGrams.message, explain) };
}

export function trackExamples(track: Track, items: readonly CorpusItem[]): ExampleSet {
  let names: string[] = [];
  const examples = items.map((item): Example => {
    const { hashed, named } = featuresOf(track, item);
    if (names.length === 0) names = named.map(([name]) => name);
    return {
      id: item.id,
      y: item.label === 'scam' ? 1 : 0,
      buckets: hashed.buckets,
      values: hashed.values,
      named: Float64Array.from(named.map(([, value]) => value)),
      language: item.language,
    };
  });
  return { names, examples };
}
