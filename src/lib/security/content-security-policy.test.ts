import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, clerkFrontendApiFromKey, createNonce, sentryIngestOriginFromDsn } from "./content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";

describe("buildContentSecurityPolicy", () => {
  const base = { nonce: "abc123==", development: false, upgradeInsecureRequests: false };

  it("runs scripts only with the request's nonce and what they load, and frames nothing of ours", () => {
    const policy = buildContentSecurityPolicy(base);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "frame-src")).toContain("https://www.youtube-nocookie.com");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval and the dev socket only in development, and upgrades requests only over HTTPS", () => {
    expect(directive(buildContentSecurityPolicy({ ...base, development: true }), "script-src")).toContain("'unsafe-eval'");
    expect(buildContentSecurityPolicy({ ...base, upgradeInsecureRequests: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("lets Clerk and Sentry in only when they are configured", () => {
    const policy = buildContentSecurityPolicy({ ...base, clerkFrontendApi: "clerk.example.com", sentryIngestOrigin: "https://o1.ingest.sentry.io" });
    expect(directive(policy, "script-src")).toContain("https://clerk.example.com");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https://clerk.example.com https://o1.ingest.sentry.io");
    expect(directive(buildContentSecurityPolicy(base), "connect-src")).toBe("connect-src 'self'");
  });
});

describe("the hosts behind keys", () => {
  it("reads Clerk's Frontend API host from a publishable key, and nothing from a malformed one", () => {
    expect(clerkFrontendApiFromKey(`pk_test_${btoa("clerk.learnforge.example$")}`)).toBe("clerk.learnforge.example");
    expect(clerkFrontendApiFromKey("pk_test_%%%")).toBeNull();
    expect(clerkFrontendApiFromKey(`pk_test_${btoa("evil.example; script-src *$")}`)).toBeNull();
    expect(clerkFrontendApiFromKey(undefined)).toBeNull();
  });

  it("reads Sentry's ingest origin from a DSN", () => {
    expect(sentryIngestOriginFromDsn("https://key@o123.ingest.sentry.io/456")).toBe("https://o123.ingest.sentry.io");
    expect(sentryIngestOriginFromDsn("not a url")).toBeNull();
  });

  it("makes a different 128-bit nonce each time", () => {
    const first = createNonce();
    expect(atob(first)).toHaveLength(16);
    expect(createNonce()).not.toBe(first);
  });
});
