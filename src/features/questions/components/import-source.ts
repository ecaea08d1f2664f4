import type { ImportError } from "@/features/questions/lib/import-result";

export const IMPORT_FORMATS = ["gift", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = { gift: "GIFT (Moodle)", json: "LearnForge JSON" };

/**
 * 1 MB, counted in decimal so that the largest file plus the form's other fields stays under
 * the 1 MiB that Next.js accepts in a server action's body.
 */
export const MAX_IMPORT_BYTES = 1_000_000;
export const IMPORT_FILE_ACCEPT = ".gift,.txt,.json";

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} kB`;
  // Rounded up, so a file just over the limit never reads as "1.0 MB".
  return `${(Math.ceil(bytes / 100_000) / 10).toFixed(1)} MB`;
}

export function tooLargeMessage(bytes: number, what: "file" | "text" = "file"): string {
  return `That ${what} is ${formatBytes(bytes)}; you can import at most 1 MB at once. Split it into smaller files and import them one after another.`;
}

/** The format a file's extension names: .gift and .txt are GIFT, .json is LearnForge JSON; null for anything else. */
export function formatFromFileName(fileName: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "gift" || extension === "txt") return "gift";
  if (extension === "json") return "json";
  return null;
}

/** Why a chosen file cannot be imported (wrong kind, too big), or null when it can. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (formatFromFileName(file.name) === null) return `"${file.name}" is not a .gift, .txt or .json file.`;
  if (file.size > MAX_IMPORT_BYTES) return tooLargeMessage(file.size);
  return null;
}

/** "auto" reads the file's extension, or for pasted text its first character: JSON exports open with "{", GIFT never does. */
export function resolveImportFormat(choice: ImportFormat | "auto", fileName: string | null, text: string): ImportFormat {
  if (choice !== "auto") return choice;
  const byName = fileName ? formatFromFileName(fileName) : null;
  if (byName) return byName;
  return text.trimStart().startsWith("{") ? "json" : "gift";
}

/** An import problem as people read it: "Line 12: …"; problems about the whole file have no line. */
export function describeImportError(error: { line: number | null; message: string }): string {
  return error.line === null ? error.message : `Line ${error.line}: ${error.message}`;
}

export type ImportProblem = Omit<ImportError, "line"> & { line: number | null };
