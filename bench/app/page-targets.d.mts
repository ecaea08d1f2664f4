// Types for bench/app/page-targets.mjs.
export interface PageTargets {
  performance: number;
  accessibility: number;
  lcp_ms: number;
  cls: number;
  first_load_js_kb: number;
}

export interface PageRow {
  page: string;
  performance: number;
  accessibility: number;
  best_practices?: number;
  lcp_ms: number;
  tbt_ms?: number;
  cls: number;
  first_load_js_kb?: number;
  misses?: string[];
}

export declare const PAGE_TARGETS: PageTargets;
export declare function targetMisses(row: PageRow, options: { learnerPage: boolean; targets?: PageTargets }): string[];
export declare function formatPageTable(rows: PageRow[]): string;
