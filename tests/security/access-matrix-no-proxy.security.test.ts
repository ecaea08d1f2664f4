import { inject } from "vitest";
import { defineAccessMatrix } from "./matrix/define";
import { loadSecurityContext } from "./support/context";

// The same matrix against the app built with its proxy matching no path (tests/security/support/
// no-proxy-build.ts) on a freshly seeded world: authorisation must not depend on the proxy.
const ctx = loadSecurityContext("noProxy");
defineAccessMatrix(ctx, {
  id: "11-access-matrix-no-proxy",
  order: 11,
  title: "1b. Access-control matrix with the proxy matching nothing",
  buildDir: inject("securityNoProxyBuildDir"),
  proxy: false,
});
