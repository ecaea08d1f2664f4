import { BaseSequencer } from "vitest/node";

// The security files share one world, and some change it: the matrices need it as seeded (their
// positive controls delete and close things), the fuzzer calls everything with odd but often
// valid input, and the fault drills stop services. So they run in this order, after vitest's own
// (timing-based) order for every other file. Vitest reads a sequencer from the root config only.
const ORDER = ["sessions", "access-matrix.", "access-matrix-no-proxy", "csrf", "hostile-content", "concurrency", "llm", "fuzz", "faults"];

/** -1 for files outside the security suite (they keep vitest's order), else the file's place in ORDER. */
export function securityRank(file) {
  if (!file.includes("/tests/security/")) return -1;
  const name = file.split("/").pop() ?? file;
  const index = ORDER.findIndex((prefix) => name.startsWith(prefix));
  return index === -1 ? ORDER.length : index;
}

export default class SecuritySequencer extends BaseSequencer {
  async sort(files) {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: equal ranks keep vitest's order.
    return sorted.sort((a, b) => securityRank(a.moduleId) - securityRank(b.moduleId));
  }
}
