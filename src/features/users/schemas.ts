import { z } from "zod";

export const signInAsUserSchema = z.object({ userId: z.uuid("Choose one of the listed users") });

export const createLocalUserSchema = z.object({
  name: z.string().trim().min(2, "Name must be at least 2 characters").max(80, "Name must be at most 80 characters"),
  email: z.email("Enter a valid email address").max(254).transform((value) => value.toLowerCase()),
  // Admins are never self-created, even in development.
  role: z.enum(["learner", "teacher"], "Choose learner or teacher"),
});
export type CreateLocalUserInput = z.infer<typeof createLocalUserSchema>;
