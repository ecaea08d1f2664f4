// Types for scripts/smoke-health-lib.mjs (plain Node so the smoke check runs without a build).
export declare const SMOKE_USAGE: string;

export interface SmokeOptions {
  baseUrl: string;
  expectedCommit: string;
  timeoutSeconds: number;
  intervalSeconds: number;
  requireCache: boolean;
}

export interface HealthAnswer {
  httpStatus: number;
  body: unknown;
  location?: string | null;
}

export type HealthVerdict = { ok: true; status: string; commit: string } | { ok: false; problem: string };

export declare function parseSmokeArgs(argv: string[]): SmokeOptions;
export declare function healthUrl(baseUrl: string): URL;
export declare function commitsMatch(reported: string, expected: string): boolean;
export declare function parseJsonBody(text: string): unknown;
export declare function checkHealth(
  answer: HealthAnswer,
  expectation?: { expectedCommit?: string; requireCache?: boolean },
): HealthVerdict;
