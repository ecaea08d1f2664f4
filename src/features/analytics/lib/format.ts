import { formatPercent, plural } from "@/components/charts/chart-text";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How long something has waited, in the largest whole unit that reads naturally: "under an hour", "5 hours", "3 days". */
export function formatWaiting(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return "unknown";
  if (ms < HOUR_MS) return "under an hour";
  if (ms < 2 * DAY_MS) return plural(Math.floor(ms / HOUR_MS), "hour");
  return plural(Math.floor(ms / DAY_MS), "day");
}

/** The one-sentence description of the class-average chart: coverage, then the weakest and strongest topics. */
export function topicAverageSummary(topics: readonly { name: string; chance: number | null }[]): string {
  const known = topics.filter((topic): topic is { name: string; chance: number } => topic.chance !== null);
  if (known.length === 0) return topics.length === 0 ? "The course has no topics yet." : "No learner in the class has practised any topic yet.";
  const weakest = known.reduce((low, topic) => (topic.chance < low.chance ? topic : low));
  const strongest = known.reduce((high, topic) => (topic.chance > high.chance ? topic : high));
  const coverage = `${known.length} of ${plural(topics.length, "topic")} practised`;
  if (known.length === 1) return `${coverage}: ${weakest.name} at ${formatPercent(weakest.chance)}.`;
  return `${coverage}; the weakest is ${weakest.name} at ${formatPercent(weakest.chance)}, the strongest ${strongest.name} at ${formatPercent(strongest.chance)}.`;
}
