import { presetZodJitless } from "@/lib/zod-jitless";
import { initBrowserSentry } from "@/services/sentry/client";

presetZodJitless();
initBrowserSentry();
