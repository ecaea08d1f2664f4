import localFont from "next/font/local";

// Geist Mono (70 KiB) shows only in timers, join codes and code fields, so it is not preloaded:
// a preload on every page competed with the page's own resources for the first paint.
// Same file as `geist/font/mono`.
export const geistMono = localFont({
  src: "../../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  preload: false,
  adjustFontFallback: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Roboto Mono", "Menlo", "Monaco", "Liberation Mono", "DejaVu Sans Mono", "Courier New", "monospace"],
  weight: "100 900",
});
