import { config as configureZod } from "zod/v4/core";
import { initBrowserSentry } from "@/services/sentry/client";

// zod compiles object parsers with new Function() unless told not to; under the Content-Security-Policy
// (no 'unsafe-eval') even its feature probe is reported as a violation.
configureZod({ jitless: true });
initBrowserSentry();
