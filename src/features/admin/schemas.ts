import { z } from "zod";
import { USER_ROLES } from "@/drizzle/schema/enum-values";
import { addDays, daysInclusive, isCalendarDay } from "./lib/days";

export const USER_SEARCH_MAX = 100;
export const USERS_PAGE_SIZE = 25;
export const AI_RANGE_DEFAULT_DAYS = 30;
export const AI_RANGE_MAX_DAYS = 90;

const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** /admin/users?q=…&after=… — a search over name and email and the keyset cursor. */
export const userListQuerySchema = z.object({
  q: z.preprocess(firstOf, z.string().trim().max(USER_SEARCH_MAX, `Search for at most ${USER_SEARCH_MAX} characters.`).optional().default("")),
  after: z.preprocess(firstOf, z.string().max(1_000).optional()),
});

const userId = z.uuid("Choose a user from the list.");

export const changeRoleSchema = z.object({
  userId,
  role: z.enum(USER_ROLES, "Choose a role: learner, teacher or admin."),
});

export const setUserDisabledSchema = z.object({
  userId,
  disabled: z.enum(["true", "false"], "Say whether to disable or enable the account.").transform((value) => value === "true"),
});

const day = z.string().refine(isCalendarDay, "Use a date like 2030-01-31.");

export type DayRange = { from: string; to: string };

/** The AI usage report's date range (UTC days, both included): the last 30 days by default, at most 90. */
export function aiUsageRangeSchema(today: string) {
  return z
    .object({ from: z.preprocess((value) => blankAsUndefined(firstOf(value)), day.optional()), to: z.preprocess((value) => blankAsUndefined(firstOf(value)), day.optional()) })
    .transform(({ from, to }): DayRange => {
      const end = to ?? (from ? addDays(from, AI_RANGE_DEFAULT_DAYS - 1) : today);
      return { from: from ?? addDays(end, -(AI_RANGE_DEFAULT_DAYS - 1)), to: end };
    })
    .refine((range) => range.from <= range.to, { message: "The start date must be on or before the end date.", path: ["from"] })
    .refine((range) => daysInclusive(range.from, range.to) <= AI_RANGE_MAX_DAYS, { message: `Choose a range of at most ${AI_RANGE_MAX_DAYS} days.`, path: ["to"] });
}

export function defaultAiUsageRange(today: string): DayRange {
  return { from: addDays(today, -(AI_RANGE_DEFAULT_DAYS - 1)), to: today };
}

/** The range from the URL, or the default with the reason the URL's range was not used. */
export function parseAiUsageRange(params: Record<string, unknown>, today: string): { range: DayRange; error: string | null } {
  const parsed = aiUsageRangeSchema(today).safeParse(params);
  if (parsed.success) return { range: parsed.data, error: null };
  return { range: defaultAiUsageRange(today), error: parsed.error.issues[0]?.message ?? "That date range is not valid." };
}
