import { MASTERY_LEVELS, type MasteryLevel } from "@/features/practice/lib/elo";
import { MASTERY_LABELS } from "./mastery-labels";

// Pure text and layout helpers for the server-rendered charts, kept free of React so they unit-test cheaply.

const NICE_STEPS = [1, 2, 5, 10];

/** Integer ticks from 0 to a round number at or above `max`, in about `target` steps of 1, 2 or 5 × 10ⁿ. */
export function integerTicks(max: number, target = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0];
  const raw = Math.max(1, max / target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = NICE_STEPS.map((nice) => nice * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

/** Every `step`-th item from the first, for axis labels that would collide if all were shown. */
export function everyNth<T>(items: readonly T[], step: number): T[] {
  const every = Math.max(1, Math.floor(step));
  return items.filter((_, index) => index % every === 0);
}

// There is no DOM to measure text on the server; 0.6em per character over-estimates Geist's
// digits and most Latin words, so a label that "fits" really fits.
const CHARACTER_WIDTH_EM = 0.6;

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHARACTER_WIDTH_EM;
}

export function fitsWidth(text: string, width: number, fontSize: number): boolean {
  return estimateTextWidth(text, fontSize) <= width;
}

/** Shortens `text` with an ellipsis so it fits `width`; the full text is in the table. */
export function truncateToWidth(text: string, width: number, fontSize: number): string {
  if (fitsWidth(text, width, fontSize)) return text;
  const characters = Math.max(1, Math.floor(width / (fontSize * CHARACTER_WIDTH_EM)) - 1);
  return `${text.slice(0, characters).trimEnd()}…`;
}

/** A 0..1 chance as a whole percentage; out-of-range or missing values are clamped, not printed raw. */
export function formatPercent(chance: number): string {
  const clamped = Number.isFinite(chance) ? Math.min(Math.max(chance, 0), 1) : 0;
  return `${Math.round(clamped * 100)}%`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "a, b and c" */
function listJoin(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export function noReviewsMessage(dayCount: number): string {
  return `No reviews scheduled in the next ${dayCount} days`;
}

/** The one-sentence `<desc>` of the review forecast. */
export function forecastSummary(days: readonly { label: string; count: number }[]): string {
  const total = days.reduce((sum, day) => sum + day.count, 0);
  if (total === 0) return `${noReviewsMessage(days.length)}.`;
  const busiest = days.reduce((best, day) => (day.count > best.count ? day : best));
  const due = `${plural(total, "review")} due over the next ${days.length} days`;
  if (busiest.count === total) return `${due}, ${total === 1 ? "on" : "all on"} ${busiest.label}.`;
  return `${due}; the busiest day is ${busiest.label} with ${busiest.count}.`;
}

/** The one-sentence `<desc>` of the mastery chart: how many topics at each level, best first. */
export function masterySummary(topics: readonly { name: string; level: MasteryLevel; chance: number }[]): string {
  if (topics.length === 0) return "No topics to show yet.";
  const counts = [...MASTERY_LEVELS]
    .reverse()
    .map((level) => ({ level, count: topics.filter((topic) => topic.level === level).length }))
    .filter(({ count }) => count > 0)
    .map(({ level, count }) => `${count} ${MASTERY_LABELS[level].toLowerCase()}`);
  const strongest = topics.reduce((best, topic) => (topic.chance > best.chance ? topic : best));
  return `${plural(topics.length, "topic")}: ${listJoin(counts)}; the strongest is ${strongest.name} at ${formatPercent(strongest.chance)}.`;
}
