import type { ServerResponse } from "node:http";
import { parseJsonBody, sendJson } from "./http";
import { scenarioInputSchema, type ScenarioBook } from "./scenario";
import type { RecordedRequest } from "./recorded-request";

/** What the control endpoints reach into; the in-process handle offers the same operations. */
export interface StubControls {
  scenario: ScenarioBook;
  requests(): RecordedRequest[];
  clearRequests(): void;
  reset(): void;
}

function parseScenario(raw: Buffer) {
  try {
    return scenarioInputSchema.safeParse(parseJsonBody(raw) ?? {});
  } catch (error) {
    return { success: false as const, error };
  }
}

/**
 * /__stub/* — lets a stub in another process (Playwright's webServer) be scripted over HTTP:
 * GET health, POST scenario, GET scenario, POST reset, GET requests, DELETE requests.
 */
export function handleControl(res: ServerResponse, method: string, path: string, raw: Buffer, controls: StubControls): void {
  const route = `${method} ${path}`;
  switch (route) {
    case "GET /__stub/health":
      return sendJson(res, 200, { ok: true });
    case "GET /__stub/scenario":
      return sendJson(res, 200, controls.scenario.describe());
    case "POST /__stub/scenario": {
      const parsed = parseScenario(raw);
      if (!parsed.success) return sendJson(res, 400, { error: { message: `invalid scenario: ${String(parsed.error)}`, type: "invalid_request_error" } });
      controls.scenario.add(parsed.data);
      return sendJson(res, 200, controls.scenario.describe());
    }
    case "POST /__stub/reset":
      controls.reset();
      return sendJson(res, 200, { ok: true });
    case "GET /__stub/requests":
      return sendJson(res, 200, controls.requests());
    case "DELETE /__stub/requests":
      controls.clearRequests();
      return sendJson(res, 200, { ok: true });
    default:
      return sendJson(res, 404, { error: { message: `unknown control route ${route}`, type: "invalid_request_error" } });
  }
}
