import type { ItemFlagCode } from "@/features/tests/lib/statistics-flags";
import type { ItemStatistics } from "@/features/tests/lib/statistics";

/**
 * What a teacher should do about a flagged item. The flags themselves come from the statistics
 * the test's own report computes (features/tests/lib/statistics-flags.ts: facility at most 5% or
 * at least 95%, discrimination negative or below 20%, efficiency below 30%), so this page and the
 * test's statistics page always flag the same questions; here they are grouped into actions.
 */
export const ITEM_REVIEW_CODES = ["too_hard", "too_easy", "check_key", "check_wording"] as const;
export type ItemReviewCode = (typeof ITEM_REVIEW_CODES)[number];

export const ITEM_REVIEW_LABELS: Record<ItemReviewCode, string> = {
  too_hard: "Too hard",
  too_easy: "Too easy",
  check_key: "Check the key",
  check_wording: "Check the wording",
};

const REVIEW_OF_FLAG: Record<ItemFlagCode, ItemReviewCode> = {
  too_hard: "too_hard",
  too_easy: "too_easy",
  // Stronger learners doing worse than weaker ones usually means a wrong key.
  negative_discrimination: "check_key",
  // An item that does not separate stronger from weaker learners is often ambiguous.
  weak_discrimination: "check_wording",
  low_efficiency: "check_wording",
};

/** Fewer attempts than this make any flag tentative: one learner more can move the figures a lot. */
export const FEW_ATTEMPTS_BELOW = 10;

/** Moodle's reading of the coefficient of internal consistency (CIC): above 75% good, below 64% unsatisfactory. */
export const RELIABILITY_GOOD_ABOVE = 75;
export const RELIABILITY_UNSATISFACTORY_BELOW = 64;

export type ItemReviewReason = { code: ItemReviewCode; label: string; detail: string };
export type ItemReview = { flagged: boolean; tentative: boolean; reasons: ItemReviewReason[] };

/** The item's flags as actions, one per action, with every figure's explanation kept. */
export function reviewItem(item: Pick<ItemStatistics, "flags" | "attemptCount">): ItemReview {
  const reasons: ItemReviewReason[] = [];
  for (const flag of item.flags) {
    const code = REVIEW_OF_FLAG[flag.code];
    const known = reasons.find((reason) => reason.code === code);
    if (known) known.detail = `${known.detail} ${flag.message}`;
    else reasons.push({ code, label: ITEM_REVIEW_LABELS[code], detail: flag.message });
  }
  reasons.sort((a, b) => ITEM_REVIEW_CODES.indexOf(a.code) - ITEM_REVIEW_CODES.indexOf(b.code));
  return { flagged: reasons.length > 0, tentative: reasons.length > 0 && item.attemptCount < FEW_ATTEMPTS_BELOW, reasons };
}

export type ReliabilityBand = "good" | "adequate" | "unsatisfactory" | "unknown";

export function reliabilityBand(internalConsistency: number | null): ReliabilityBand {
  if (internalConsistency === null) return "unknown";
  if (internalConsistency > RELIABILITY_GOOD_ABOVE) return "good";
  if (internalConsistency < RELIABILITY_UNSATISFACTORY_BELOW) return "unsatisfactory";
  return "adequate";
}
