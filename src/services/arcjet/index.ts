import arcjet, {
  ArcjetAllowDecision,
  ArcjetReason,
  detectBot,
  shield,
  type ArcjetDecision,
} from "@arcjet/next";
import type { NextRequest } from "next/server";
import { env } from "@/data/env/server";

// With no ARCJET_KEY there is no cloud to ask: this client allows every request the
// local (WASM) rules let through, so bot detection still works offline and in tests.
const allowingClient = {
  async decide(): Promise<ArcjetDecision> {
    return new ArcjetAllowDecision({ ttl: 0, reason: new ArcjetReason(), results: [] });
  },
  report() {},
};

const base = arcjet({
  key: env.ARCJET_KEY ?? "ajkey_local_no_cloud",
  characteristics: ["ip.src"],
  rules: [shield({ mode: "LIVE" })],
  ...(env.ARCJET_KEY ? {} : { client: allowingClient }),
});

// Health probes and signed webhooks come from machines on purpose.
const withBotDetection = base.withRule(detectBot({ mode: "LIVE", allow: ["CATEGORY:SEARCH_ENGINE", "CATEGORY:PREVIEW"] }));

export function isArcjetCloudEnabled(): boolean {
  return Boolean(env.ARCJET_KEY);
}

export type GuardDecision = { outcome: "allow" } | { outcome: "deny"; status: 403 | 429; reason: string } | { outcome: "error"; message: string };

/** Runs shield (and bot detection unless `machineTraffic`); never throws. */
export async function guardApiRequest(request: NextRequest, options: { machineTraffic: boolean }): Promise<GuardDecision> {
  const decision = await (options.machineTraffic ? base : withBotDetection).protect(request);
  if (decision.isErrored()) return { outcome: "error", message: decision.reason.message };
  if (decision.isDenied()) {
    const reason = decision.reason.type ?? "UNKNOWN";
    return { outcome: "deny", status: reason === "RATE_LIMIT" ? 429 : 403, reason };
  }
  return { outcome: "allow" };
}
