/**
 * When an item deserves a teacher's look. Facility bands are Moodle's "Quiz report statistics"
 * interpretation: 5 or less "extremely difficult or something wrong with the question", 95–100
 * "extremely easy" — both ends inclusive, as Moodle words them. Discrimination bands: 50+ very
 * good, 30–50 adequate, 20–29 weak, 0–19 very weak, negative "probably invalid"; we flag below 20.
 * Efficiency: Moodle's table only highlights below 15; we flag below 30 to catch items earlier.
 */
export const FACILITY_TOO_HARD_AT_MOST = 5;
export const FACILITY_TOO_EASY_AT_LEAST = 95;
export const DISCRIMINATION_WEAK_BELOW = 20;
export const EFFICIENCY_LOW_BELOW = 30;

export const ITEM_FLAG_CODES = ["too_hard", "too_easy", "negative_discrimination", "weak_discrimination", "low_efficiency"] as const;
export type ItemFlagCode = (typeof ITEM_FLAG_CODES)[number];

export interface ItemFlag {
  code: ItemFlagCode;
  message: string;
}

export interface FlaggableFigures {
  facility: number | null;
  discriminationIndex: number | null;
  discriminativeEfficiency: number | null;
}

const percent = (value: number) => `${Math.round(value * 10) / 10}%`;

/** Flags only figures that exist: an undefined figure is explained in the item's notes instead. */
export function flagItem({ facility, discriminationIndex, discriminativeEfficiency }: FlaggableFigures): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (facility !== null && facility <= FACILITY_TOO_HARD_AT_MOST) {
    flags.push({ code: "too_hard", message: `Facility ${percent(facility)}: extremely hard, or something is wrong with the question.` });
  }
  if (facility !== null && facility >= FACILITY_TOO_EASY_AT_LEAST) {
    flags.push({ code: "too_easy", message: `Facility ${percent(facility)}: extremely easy; it tells learners apart little.` });
  }
  if (discriminationIndex !== null && discriminationIndex < 0) {
    flags.push({
      code: "negative_discrimination",
      message: `Discrimination ${percent(discriminationIndex)}: weaker learners do better on it; check the key.`,
    });
  } else if (discriminationIndex !== null && discriminationIndex < DISCRIMINATION_WEAK_BELOW) {
    flags.push({ code: "weak_discrimination", message: `Discrimination ${percent(discriminationIndex)}: very weak (below 20%).` });
  }
  if (discriminativeEfficiency !== null && discriminativeEfficiency < EFFICIENCY_LOW_BELOW) {
    flags.push({
      code: "low_efficiency",
      message: `Discriminative efficiency ${percent(discriminativeEfficiency)}: below 30% of what its marks allow.`,
    });
  }
  return flags;
}
