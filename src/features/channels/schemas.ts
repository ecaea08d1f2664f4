import { z } from "zod";
import { CHANNEL_POSTERS } from "@/drizzle/schema/enum-values";
import { MESSAGE_MAX_CHARS } from "@/drizzle/schema/channels";

// Characters as PostgreSQL counts them (code points), so an emoji counts once, as the check constraint does.
const charCount = (text: string) => [...text].length;

export const MESSAGE_EMPTY = "Write a message first.";
export const MESSAGE_TOO_LONG = `A message can be at most ${MESSAGE_MAX_CHARS.toLocaleString("en")} characters.`;

export const messageBodySchema = z
  .string({ error: MESSAGE_EMPTY })
  .trim()
  .refine((body) => body.length > 0, MESSAGE_EMPTY)
  .refine((body) => charCount(body) <= MESSAGE_MAX_CHARS, MESSAGE_TOO_LONG);

export const channelNameSchema = z
  .string({ error: "Give the channel a name." })
  .trim()
  .min(1, "Give the channel a name.")
  .refine((name) => charCount(name) <= 40, "A channel name is at most 40 characters.");

export const channelPosterSchema = z.enum(CHANNEL_POSTERS, { error: "Choose who can post: everyone or teachers." });

export const homeworkGradeSchema = z
  .string({ error: "Give a grade." })
  .trim()
  .min(1, "Give a grade.")
  .refine((grade) => charCount(grade) <= 20, "A grade is at most 20 characters.");

export const homeworkFeedbackSchema = z
  .string()
  .trim()
  .refine((feedback) => charCount(feedback) <= 2_000, "Feedback is at most 2,000 characters.")
  .default("");

export const channelIdSchema = z.uuid("Not a channel");
export const classIdSchema = z.uuid("Not a class");
/** Message ids are bigint identities, well inside the safe integer range. */
export const messageIdSchema = z.coerce.number({ error: "Not a message" }).int("Not a message").positive("Not a message").max(Number.MAX_SAFE_INTEGER);

/** GET /api/channels/[channelId]/updates?since=<ISO timestamp> */
export const updatesQuerySchema = z.object({ since: z.iso.datetime({ offset: true, error: "since must be an ISO timestamp" }) });

export const PAGE_SIZE = 50;
export const PAGE_MAX = 100;
export const pageLimitSchema = z.number().int().min(1).max(PAGE_MAX).default(PAGE_SIZE);
