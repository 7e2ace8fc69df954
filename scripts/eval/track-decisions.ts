/**
 * A track's verdicts for a corpus item at a given detector logit and thresholds, with the
 * shipped rules (screenDecision, messageDecision), and the hand-set scorer's and checker's
 * verdicts beside them. Used to choose thresholds and to measure.
 */
import { messageDecision } from '../../shared/message-check/check-message';
import { screenDecision } from '../../shared/scam-text/score-scam-text';
import { messageEvidenceOf, screenEvidenceOf } from './detector-examples';
import type { CorpusItem, Track } from './scam-corpus';

export interface Verdicts {
  /** "This is a scam" (screen: the scam verdict). */
  readonly scam: boolean;
  /** Any warning: "This is a scam" or "Be careful" (screen: same as `scam`). */
  readonly warned: boolean;
  readonly oldScam: boolean;
  readonly oldWarned: boolean;
}

export type Decide = (item: CorpusItem, z: number, thresholds: Readonly<Record<string, number>>) => Verdicts;

/** A decider with each item's evidence worked out once. */
export function decider(track: Track, items: readonly CorpusItem[]): Decide {
  if (track === 'screen') {
    const evidence = new Map(items.map((i) => [i.id, screenEvidenceOf(i)]));
    return (item, z, t) => {
      const e = evidence.get(item.id) ?? screenEvidenceOf(item);
      const scam = screenDecision(e, z, t.scam ?? 0).scam;
      return { scam, warned: scam, oldScam: e.handSet.scam, oldWarned: e.handSet.scam };
    };
  }
  const evidence = new Map(items.map((i) => [i.id, messageEvidenceOf(i)]));
  return (item, z, t) => {
    const e = evidence.get(item.id) ?? messageEvidenceOf(item);
    const { verdict } = messageDecision(e, z, { scam: t.scam ?? 0, careful: t.careful ?? t.scam ?? 0 });
    return {
      scam: verdict === 'scam',
      warned: verdict !== 'no-red-flags',
      oldScam: e.check.verdict === 'scam',
      oldWarned: e.check.verdict !== 'no-red-flags',
    };
  };
}
