"use client";

import { useEffect } from "react";
import { reportBrowserError } from "@/services/sentry/client";

// Replaces the root layout when it fails, so it brings its own <html> and inline styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => reportBrowserError(error), [error]);
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", maxWidth: "40rem", margin: "0 auto" }}>
        <h1>LearnForge is having trouble</h1>
        <p>Something went wrong on our side. Nothing you entered was half-saved. Please try again in a moment.</p>
        {error.digest ? <p style={{ fontSize: "0.8rem" }}>Reference: {error.digest}</p> : null}
        <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
