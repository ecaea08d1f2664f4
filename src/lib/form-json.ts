import { z } from "zod";

/**
 * A form field that carries JSON (rich editors post their state as one hidden field):
 * parsed, then validated by `schema`, with one clear message when it is not JSON at all.
 */
export function jsonField<Schema extends z.ZodType>(schema: Schema, maxLength = 200_000) {
  return z
    .string()
    .max(maxLength, `The form is too large (at most ${maxLength.toLocaleString("en")} characters)`)
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "The form data is not valid JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** A checkbox: present ("on") means true. */
export const checkboxField = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.undefined()])
  .transform((value) => value === "on" || value === "true");
