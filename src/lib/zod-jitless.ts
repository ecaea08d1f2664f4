// zod compiles object parsers with new Function() unless told not to; under the Content-Security-Policy
// (no 'unsafe-eval') even its feature probe, run as a schema is built, is reported as a violation.
// zod 4 keeps its settings on globalThis.__zod_globalConfig (zod/v4/core/core.js reuses an object
// already there), so instrumentation-client can set them before any schema exists without
// importing zod: pages that never parse in the browser do not load zod (5.4 kB gzip) at all.
// src/lib/zod-jitless.test.ts checks that zod reads the setting from there.

type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

export function presetZodJitless(): void {
  const holder = globalThis as ZodGlobal;
  holder.__zod_globalConfig ??= {};
  holder.__zod_globalConfig.jitless = true;
}
