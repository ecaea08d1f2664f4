/**
 * Headers every response carries (set in next.config.ts). The Content-Security-Policy is set per
 * request by the proxy, because it holds a nonce.
 */
export function staticSecurityHeaders(options: { https: boolean }): { key: string; value: string }[] {
  return [
    // Two years, subdomains included: only where the site is served over HTTPS.
    ...(options.https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }] : []),
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The microphone records spoken answers; the camera is used through the file picker only.
    { key: "Permissions-Policy", value: "camera=(), microphone=(self), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
