import { z } from "zod";

// The health panel shows what GET /api/health answers (the same probe, called in-process) plus
// the migration ledger; these helpers read the probe's body and turn it into a status list.

const probeCheck = z.object({
  ok: z.boolean(),
  latencyMs: z.number().nullable().optional(),
  error: z.string().optional(),
});

export const readinessBodySchema = z.object({
  status: z.string(),
  version: z.string(),
  commit: z.string(),
  checks: z.object({
    database: probeCheck.extend({ driver: z.string() }),
    cache: probeCheck.extend({ backend: z.string().optional() }),
  }),
  config: z.object({ auth: z.string(), ai: z.string() }),
});

export type ReadinessBody = z.infer<typeof readinessBodySchema>;
export type MigrationStatus = { applied: number; expected: number };
export type HealthTone = "ok" | "warning" | "error" | "info";
export type HealthItem = { label: string; tone: HealthTone; value: string; detail?: string };

const latency = (ms: number | null | undefined) => (typeof ms === "number" ? `, ${ms} ms` : "");

export function overallHealth(body: ReadinessBody): { tone: HealthTone; text: string } {
  if (body.status === "ok") return { tone: "ok", text: "Ready: every check passes." };
  if (body.status === "degraded") return { tone: "warning", text: "Ready but degraded: the app serves without its cache." };
  return { tone: "error", text: "Not ready: the database is unreachable." };
}

export function migrationItem({ applied, expected }: MigrationStatus): HealthItem {
  const label = "Migrations";
  if (applied === expected) return { label, tone: "ok", value: `${applied} of ${expected} applied` };
  if (applied < expected) return { label, tone: "warning", value: `${applied} of ${expected} applied`, detail: `${expected - applied} pending: run the migrations.` };
  return { label, tone: "warning", value: `${applied} applied`, detail: `This build knows ${expected}; a newer deployment may have migrated the database.` };
}

/** The probe's answer as one line per check, in the order an operator reads them. */
export function healthItems(body: ReadinessBody, migrations: MigrationStatus): HealthItem[] {
  const { database, cache } = body.checks;
  return [
    database.ok
      ? { label: "Database", tone: "ok", value: `Reachable (${database.driver}${latency(database.latencyMs)})` }
      : { label: "Database", tone: "error", value: `Unreachable (${database.driver})`, detail: database.error },
    cache.ok
      ? { label: "Cache", tone: "ok", value: `Reachable (${cache.backend ?? "cache"}${latency(cache.latencyMs)})` }
      : { label: "Cache", tone: "warning", value: "Unreachable: rate limits and caching fall back", detail: cache.error },
    body.config.ai === "configured" ? { label: "AI", tone: "ok", value: "Configured" } : { label: "AI", tone: "info", value: "Off: AI features say so and fall back" },
    { label: "Sign-in", tone: "info", value: body.config.auth === "clerk" ? "Clerk" : "Development sign-in" },
    { label: "Version", tone: "info", value: `${body.version} (commit ${body.commit.slice(0, 12)})` },
    migrationItem(migrations),
  ];
}
