import { initBrowserSentry } from "@/services/sentry/client";

// zod's browser setting lives in src/lib/zod-jitless.ts, imported by the forms that parse with it.
initBrowserSentry();
