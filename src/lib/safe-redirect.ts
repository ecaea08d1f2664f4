/** Only same-site relative paths are followed after sign-in ("/courses", never "//evil.example"). */
export function safeRedirectPath(candidate: unknown, fallback = "/dashboard"): string {
  if (typeof candidate !== "string" || candidate.length > 512) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  return candidate;
}
