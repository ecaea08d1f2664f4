"use client";

import { useEffect } from "react";
import { reportBrowserError } from "@/services/sentry/client";
import { buttonClasses } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => reportBrowserError(error), [error]);
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col items-start gap-4 py-12">
      <h1 className="text-2xl font-bold">This page could not load</h1>
      <p className="text-muted-fg">
        Something went wrong on our side — often a brief database or network hiccup. Nothing you entered was half-saved.
        Please try again in a moment.
      </p>
      {error.digest ? <p className="text-xs text-muted-fg">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className={buttonClasses("primary")}>
        Try again
      </button>
    </div>
  );
}
