export const REQUEST_ID_HEADER = "x-request-id";

const SAFE_ID = /^[\w.:-]{8,128}$/;

/** Keeps a well-formed incoming id (from Vercel or a load balancer), otherwise makes one. */
export function resolveRequestId(incoming: string | null | undefined): string {
  return incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
}
