import { config } from "zod/v4/core";

// zod compiles object parsers with new Function() unless told not to; under the Content-Security-Policy
// (no 'unsafe-eval') even its feature probe is reported as a violation. Imported first by the client
// components that parse with zod (the authoring forms) rather than by instrumentation-client, so pages
// that never parse in the browser do not load zod (5.4 kB gzip) at all.
config({ jitless: true });
