/**
 * Seeded shuffles, so an attempt's question order, option order and random draws can be rebuilt
 * from one stored seed. The generator and the way seeds are consumed must never change: stored
 * attempts would silently reorder. shuffle.test.ts pins known outputs to catch that.
 */

/** mulberry32: a small, fast 32-bit generator; plenty for ordering questions, not for secrets. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A fresh seed to store on a new attempt: any 32-bit unsigned integer. */
export function createSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/**
 * A seed for one purpose within an attempt ("questions", "options:<itemId>", "draw:<topicId>"),
 * so those orders are independent yet all follow from the attempt's one seed (FNV-1a over the
 * label, mixed with the seed).
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let index = 0; index < label.length; index += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(index), 0x01000193);
  }
  // Final avalanche, so labels differing in one character still give unrelated seeds.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Fisher–Yates over a copy; the first `count` places are a uniform draw without repeats. */
function shufflePrefix<T>(items: readonly T[], count: number, seed: number): T[] {
  const result = [...items];
  const random = createRandom(seed);
  for (let index = 0; index < count; index += 1) {
    const pick = index + Math.floor(random() * (result.length - index));
    // Both indices are in range, so neither read is undefined.
    const chosen = result[pick] as T;
    result[pick] = result[index] as T;
    result[index] = chosen;
  }
  return result.slice(0, count);
}

/** The same items in an order fixed by `seed` (used as a 32-bit unsigned integer); the input is not changed. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  return shufflePrefix(items, items.length, seed);
}

/**
 * `count` different positions of `pool`, chosen by `seed`. A pool smaller than `count` gives all
 * of it (shuffled): the caller compares lengths and reports the shortfall to the teacher.
 */
export function drawRandom<T>(pool: readonly T[], count: number, seed: number): T[] {
  const wanted = Math.min(pool.length, Math.max(0, Math.floor(count)));
  return shufflePrefix(pool, wanted, seed);
}
