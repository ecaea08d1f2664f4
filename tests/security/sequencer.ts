import { BaseSequencer, type TestSpecification } from "vitest/node";

// The security files share one world, and some change it: the matrices need it as seeded (their
// positive controls delete and close things), the fuzzer calls everything with odd but often
// valid input, and the fault drills stop services. So they run in this order, whatever vitest's
// own timing-based order would be.
const ORDER = ["sessions", "access-matrix.", "access-matrix-no-proxy", "csrf", "hostile-content", "concurrency", "llm", "fuzz", "faults"];

const rank = (file: string) => {
  const name = file.split("/").pop() ?? file;
  const index = ORDER.findIndex((prefix) => name.startsWith(prefix));
  return index === -1 ? ORDER.length : index;
};

export default class SecuritySequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || a.moduleId.localeCompare(b.moduleId));
  }

  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    return files;
  }
}
