// Types for bench/app/chunk-contents.mjs.
export type Parse = (source: string, options: { ecmaVersion: "latest"; sourceType: "script" }) => unknown;

export interface ChunkGroup {
  label: string;
  modules: number;
  rawBytes: number;
  gzipBytes: number;
}

export declare const PACKAGE_FINGERPRINTS: [string, string[]][];
export declare function turbopackModules(source: string, parse: Parse): { id: number; start: number; end: number }[];
export declare function labelForManifestPath(modulePath: string): string;
export declare function fingerprintPackage(code: string): string | null;
export declare function guessByShape(code: string): string;
export declare function clientReferenceNames(nextDir: string): Map<number, string>;
export declare function chunkContents(source: string, options: { parse: Parse; names?: Map<number, string> }): ChunkGroup[];
