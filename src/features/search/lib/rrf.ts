/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher 2009): merges rankings whose scores are not
 * comparable (full-text rank, vector distance) using only each item's position. k = 60 damps the
 * pull of the very top ranks, so an item ranked well by several lists beats one ranked first by one.
 */
export type FusedItem<T> = { item: T; score: number; ranks: (number | null)[] };
export type FuseOptions = { k?: number; limit?: number };

// Scores summed in a different order can differ in the last bit; closer than this counts as a tie.
const TIE = 1e-12;

type Entry<T> = FusedItem<T> & { bestRank: number; firstSeen: number };

/**
 * score = Σ 1 / (k + rank), rank 1-based in each list. Ties go to the better single rank, then to
 * the item seen first when reading the lists in order. An item listed twice in one list counts
 * once, at its better rank; the instance kept is the first one seen.
 */
export function fuseRankings<T>(rankings: ReadonlyArray<ReadonlyArray<T>>, keyOf: (item: T) => string, options: FuseOptions = {}): FusedItem<T>[] {
  const k = options.k ?? 60;
  const { limit } = options;
  if (!Number.isFinite(k) || k < 0) throw new RangeError(`k must be a finite number of at least 0, not ${k}`);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw new RangeError(`limit must be a whole number of at least 0, not ${limit}`);
  const entries = new Map<string, Entry<T>>();
  rankings.forEach((list, listIndex) => {
    list.forEach((item, index) => {
      const key = keyOf(item);
      let entry = entries.get(key);
      if (!entry) {
        entry = { item, score: 0, ranks: rankings.map(() => null), bestRank: Infinity, firstSeen: entries.size };
        entries.set(key, entry);
      }
      if (entry.ranks[listIndex] !== null) return;
      const rank = index + 1;
      entry.ranks[listIndex] = rank;
      entry.score += 1 / (k + rank);
      entry.bestRank = Math.min(entry.bestRank, rank);
    });
  });
  const fused = [...entries.values()].sort(
    (a, b) => (Math.abs(a.score - b.score) > TIE ? b.score - a.score : a.bestRank - b.bestRank || a.firstSeen - b.firstSeen),
  );
  return fused.slice(0, limit ?? fused.length).map(({ item, score, ranks }) => ({ item, score, ranks }));
}
