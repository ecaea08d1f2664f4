// Types for bench/app/lighthouse.mjs.
import type { LighthouseRow } from "./lighthouse-report.mjs";

export type { LighthouseRow };
export interface BenchPage {
  name: string;
  path: string;
  signedIn?: boolean;
}

export declare const BENCH_REPORTS_DIR: string;
export declare function benchReportPath(name: string): string;
export declare function measureLighthouse(options: { baseUrl: string; cookie?: string; pages: BenchPage[]; runs?: number }): Promise<LighthouseRow[]>;
