import { z } from "zod";

// The parts of Clerk's user events we use; the rest of the payload is ignored.
const emailAddress = z.object({ id: z.string(), email_address: z.string() });

export const clerkUserPayloadSchema = z.object({
  id: z.string().min(1),
  email_addresses: z.array(emailAddress).default([]),
  primary_email_address_id: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  username: z.string().nullish(),
  image_url: z.string().nullish(),
});

export const clerkDeletedPayloadSchema = z.object({ id: z.string().min(1), deleted: z.boolean().optional() });

export type ClerkUserPayload = z.infer<typeof clerkUserPayloadSchema>;

export function profileFromClerkPayload(payload: ClerkUserPayload) {
  const email =
    payload.email_addresses.find((address) => address.id === payload.primary_email_address_id)?.email_address ??
    payload.email_addresses[0]?.email_address ??
    `${payload.id}@users.clerk.invalid`;
  const name = [payload.first_name, payload.last_name].filter(Boolean).join(" ") || payload.username || email;
  return { clerkUserId: payload.id, email: email.toLowerCase(), name, imageUrl: payload.image_url ?? null };
}
