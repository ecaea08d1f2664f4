/**
 * Synchronous last-resort cleanups run when the Node process exits without
 * calling stop() (a crashed test run), so no server or temp dir outlives it.
 */
const cleanups = new Set<() => void>();
let installed = false;

export function registerExitCleanup(cleanup: () => void): () => void {
  if (!installed) {
    installed = true;
    process.once("exit", () => {
      for (const run of cleanups) {
        try {
          run();
        } catch (error) {
          console.error("exit cleanup failed:", error);
        }
      }
    });
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}
