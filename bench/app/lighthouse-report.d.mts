// Types for bench/app/lighthouse-report.mjs (plain Node, used by the bench harness).
export declare const LIGHTHOUSE_CATEGORIES: string[];

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  best_practices: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
}

export interface LighthouseFinding {
  category: string;
  id: string;
  title: string;
  displayValue: string;
  score: number;
  weight: number;
  savingsMs: number;
  savingsCls: number;
  savingsBytes: number;
}

export interface LighthouseDiagnostics {
  mainThread: { group: string; ms: number }[];
  bootup: { url: string; totalMs: number; scriptingMs: number }[];
  lcpElement: string | null;
  benchmarkIndex: number | null;
  throttling: string | null;
}

export declare function lighthouseRow(page: string, lhr: unknown): LighthouseRow;
export declare function medianRunIndex(rows: Pick<LighthouseRow, "performance" | "lcp_ms">[]): number;
export declare function redirectedAway(lhr: unknown, pathname: string): string | null;
export declare function lighthouseFindings(lhr: unknown, options?: { perCategory?: number }): LighthouseFinding[];
export declare function lighthouseDiagnostics(lhr: unknown, options?: { top?: number }): LighthouseDiagnostics;
