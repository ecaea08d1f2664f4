// POST /api/vitals — a Core Web Vital from the browser, written to the server log.
import { z } from "zod";
import { logger } from "@/lib/logger";
import { readJsonBody } from "@/lib/json-body";
import { clientIpFrom, enforceRateLimit } from "@/lib/rate-limit";
import { routeHandler } from "@/lib/route";
import { createRateLimiter } from "@/services/redis/rate-limit";

export const dynamic = "force-dynamic";

// A page view reports about five metrics, and a whole class behind one school NAT shares an
// address (so did every browser of the e2e suite, which ran past a limit of 120). The limit only
// stops floods, and may fail open.
const vitalsLimiter = createRateLimiter({ prefix: "web-vitals", limit: 1_500, windowSeconds: 60, failMode: "open" });

const vitalSchema = z.object({
  name: z.enum(["CLS", "FCP", "FID", "INP", "LCP", "TTFB"]),
  value: z.number().finite().min(0).max(600_000),
  rating: z.enum(["good", "needs-improvement", "poor"]),
  id: z.string().max(100),
  path: z.string().startsWith("/").max(300),
  navigationType: z.string().max(40).optional(),
});

export const POST = routeHandler(async (request) => {
  await enforceRateLimit(vitalsLimiter, `ip:${clientIpFrom(request.headers)}`);
  const vital = vitalSchema.parse(await readJsonBody(request, 2_000));
  logger.info({ vital }, "web vital");
  return new Response(null, { status: 204 });
});
