import { z } from "zod";

export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, "A join code is letters and digits, like K7QM-2XPA")
  .min(4, "A join code is at least 4 characters")
  .max(24, "A join code is at most 24 characters");

export const classNameSchema = z.string().trim().min(1, "Give the class a name").max(120, "A class name is at most 120 characters");

const optionalDate = z.coerce.date({ error: "Not a valid date and time" }).nullable().default(null);

export const assignmentWindowSchema = z
  .object({ opensAt: optionalDate, dueAt: optionalDate, closesAt: optionalDate })
  .refine((w) => !w.opensAt || !w.dueAt || w.opensAt < w.dueAt, { path: ["dueAt"], message: "The due time must be after the opening time" })
  .refine((w) => !w.dueAt || !w.closesAt || w.dueAt <= w.closesAt, { path: ["closesAt"], message: "The closing time cannot be before the due time" })
  .refine((w) => !w.opensAt || !w.closesAt || w.opensAt < w.closesAt, { path: ["closesAt"], message: "The closing time must be after the opening time" });
export type AssignmentWindow = z.infer<typeof assignmentWindowSchema>;
