/**
 * How the corpus is split, as a pure function of the corpus, so the stored `split` of every item
 * can be checked (check-corpus.ts) and nobody moves an item by hand.
 *
 * Unit: items that must never be on both sides of a split. A unit joins every group (one source
 * and everything derived from it), every page named as a source in both tracks, and every pair of
 * texts that share at least half of their word 4-grams (the same scam SMS quoted by two papers,
 * an advice page that quotes a pop-up word for word).
 *
 * Frozen test split: a unit is in it when a stable hash of its name falls under `testShare`,
 * and it holds no text of corpus v1 (the hand-set scorer's patterns were written on v1, so v1
 * texts would flatter it) and no text added after the split was frozen (read while the detectors
 * were developed; such units do not count, so adding them moves no other unit). Every track × label × language that has eligible units gets at least
 * one test unit. Grouped folds: the dev units, largest first, each into the fold with the fewest
 * items so far; other partitions of the same units (`partition` ≥ 1, for `eval:scam-text
 * --partitions`) take the units in an order drawn from a stable hash instead, so the figures can
 * be read over several ways of cutting dev into folds, not one.
 */
import { foldText } from '../../shared/scam-text/fold-text';
import type { CorpusItem } from './scam-corpus';

/** Share of eligible units in the test split: about 22 % of all groups (corpus README). */
export const testShare = 0.3;
export const foldCount = 5;
const sameTextShare = 0.5;

/** FNV-1a, 32 bit: stable across runs, machines and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const unitHash = (name: string): number => fnv1a(`split:${name}`) / 2 ** 32;

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root))
      root = up;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The smaller name becomes the root, so a unit's name does not depend on the order of unions.
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

function shingles(item: CorpusItem): Set<string> {
  const words = foldText(`${item.title ?? ''} ${item.text}`).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 4 <= Math.max(words.length, 4); i += 1) out.add(words.slice(i, i + 4).join(' '));
  return out;
}

/** The unit name of each item's group: `unitOf.get(item.group)`. */
export function splitUnits(items: readonly CorpusItem[]): Map<string, string> {
  const uf = new UnionFind();
  for (const item of items) {
    uf.union(`g:${item.group}`, `g:${item.group}`);
    uf.union(`g:${item.group}`, `s:${item.source}`);
  }
  const sets = items.map(shingles);
  const holders = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) holders.set(s, [...(holders.get(s) ?? []), i]);
  });
  const shared = new Map<string, number>();
  for (const list of holders.values()) {
    if (list.length > 60) continue; // boilerplate ("click here to", "microsoft support"): no evidence
    for (let a = 0; a < list.length; a += 1)
      for (let b = a + 1; b < list.length; b += 1) {
        const key = `${list[a]}:${list[b]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  for (const [key, n] of shared) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    const smaller = Math.min(sets[a]?.size ?? 1, sets[b]?.size ?? 1);
    const itemA = items[a];
    const itemB = items[b];
    if (itemA && itemB && n / Math.max(1, smaller) >= sameTextShare)
      uf.union(`g:${itemA.group}`, `g:${itemB.group}`);
  }
  const unitOf = new Map<string, string>();
  for (const item of items) unitOf.set(item.group, uf.find(`g:${item.group}`).slice(2));
  return unitOf;
}

const stratum = (item: CorpusItem): string => `${item.track}/${item.label}/${item.language}`;

/** The units of the frozen test split. */
export function testUnits(items: readonly CorpusItem[], unitOf: ReadonlyMap<string, string>): Set<string> {
  const unit = (item: CorpusItem): string => unitOf.get(item.group) ?? item.group;
  const ineligible = new Set(
    items.filter((i) => i.corpusV1 === true || i.addedAfterSplit === true).map(unit),
  );
  const eligible = [...new Set(items.map(unit))].filter((u) => !ineligible.has(u)).sort();
  const test = new Set(eligible.filter((u) => unitHash(u) < testShare));
  const strata = [...new Set(items.map(stratum))].sort();
  for (const s of strata) {
    const inStratum = items.filter((i) => stratum(i) === s);
    if (inStratum.some((i) => test.has(unit(i)))) continue;
    const candidates = [...new Set(inStratum.map(unit))].filter((u) => !ineligible.has(u));
    // A stratum with fewer than three eligible units keeps them for training.
    if (candidates.length < 3) continue;
    const pick = candidates.sort((a, b) => unitHash(a) - unitHash(b))[0];
    if (pick !== undefined) test.add(pick);
  }
  return test;
}

/** The split each item should have. */
export function assignSplits(items: readonly CorpusItem[]): Map<string, 'dev' | 'test'> {
  const unitOf = splitUnits(items);
  const test = testUnits(items, unitOf);
  return new Map(items.map((i) => [i.id, test.has(unitOf.get(i.group) ?? i.group) ? 'test' : 'dev']));
}

/**
 * Grouped folds over the given (dev) items: fold number per item id, one unit never split.
 * Partition 0, the one training and the shipped figures use, places the largest units first, so
 * the big sources land in different folds; partition k ≥ 1 places the units in the order of a
 * stable hash of k and the unit's name, each still into the fold with the fewest items so far.
 */
export function groupedFolds(
  items: readonly CorpusItem[],
  folds = foldCount,
  partition = 0,
): Map<string, number> {
  const unitOf = splitUnits(items);
  const members = new Map<string, CorpusItem[]>();
  for (const item of items) {
    const u = unitOf.get(item.group) ?? item.group;
    members.set(u, [...(members.get(u) ?? []), item]);
  }
  const drawn = (unit: string): number => fnv1a(`partition:${partition}:${unit}`);
  const units = [...members.entries()].sort(([ua, a], [ub, b]) =>
    partition === 0 ? b.length - a.length || unitHash(ua) - unitHash(ub) : drawn(ua) - drawn(ub),
  );
  const sizes = new Array<number>(folds).fill(0);
  const foldOf = new Map<string, number>();
  for (const [, list] of units) {
    const fold = sizes.indexOf(Math.min(...sizes));
    sizes[fold] = (sizes[fold] ?? 0) + list.length;
    for (const item of list) foldOf.set(item.id, fold);
  }
  return foldOf;
}
