import { z } from "zod";

export const courseSlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a valid course address");

export const enrolSchema = z.object({ courseSlug: courseSlugSchema });
