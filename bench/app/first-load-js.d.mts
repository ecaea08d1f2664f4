// Types for bench/app/first-load-js.mjs (and the helpers it re-exports from scripts/first-load-js.mjs).
export interface BenchRoute {
  name: string;
  path: string;
  signedIn?: boolean;
}

export interface ChunkSize {
  src: string;
  gzipBytes: number;
}

export declare function scriptChunksInHtml(html: string): string[];
export declare function noModuleScriptsInHtml(html: string): string[];
export declare function sumChunksKb(chunks: { gzipBytes: number }[]): number;
export declare function chunkSizes(scripts: string[], staticDir: string): ChunkSize[];
export declare function measureFirstLoadJsChunks(options: { baseUrl: string; cookie?: string; routes: BenchRoute[]; staticDir?: string }): Promise<Record<string, ChunkSize[]>>;
export declare function measureFirstLoadJs(options: { baseUrl: string; cookie?: string; routes: BenchRoute[]; staticDir?: string }): Promise<Record<string, number>>;
