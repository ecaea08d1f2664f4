import "server-only";
import { GET as readinessProbe } from "@/app/api/health/route";
import { readinessBodySchema, type ReadinessBody } from "@/features/admin/lib/health";
import { logger } from "@/lib/logger";

/**
 * The readiness report exactly as GET /api/health answers it: the probe's handler runs
 * in-process (no HTTP hop), so the panel and the probe can never disagree or drift apart.
 * Null when its body is not the shape the panel knows (logged).
 */
export async function loadReadiness(): Promise<ReadinessBody | null> {
  const response = await readinessProbe();
  const parsed = readinessBodySchema.safeParse(await response.json());
  if (parsed.success) return parsed.data;
  logger.error({ issues: parsed.error.issues, status: response.status }, "admin health panel: unexpected readiness body");
  return null;
}
