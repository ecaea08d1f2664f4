import { initBrowserSentry } from "@/services/sentry/client";

initBrowserSentry();
