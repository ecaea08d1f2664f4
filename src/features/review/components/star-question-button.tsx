"use client";

import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { starPracticeQuestionAction } from "../actions";

/** Adds a practised question to the learner's reviews. */
export function StarQuestionButton({ itemId }: { itemId: string }) {
  const [state, setState] = useState<"idle" | "saving" | "starred" | { error: string }>("idle");
  async function star() {
    setState("saving");
    const data = new FormData();
    data.set("itemId", itemId);
    const result = await starPracticeQuestionAction(null, data);
    setState(result.ok ? "starred" : { error: result.message });
  }
  if (state === "starred") return <p role="status" className="text-sm">★ Added to your reviews</p>;
  return (
    <>
      <button type="button" className={buttonClasses("secondary")} disabled={state === "saving"} onClick={() => void star()}>
        <span aria-hidden="true">☆</span> Star for review
      </button>
      {typeof state === "object" ? <p role="alert" className="text-sm text-danger">{state.error}</p> : null}
    </>
  );
}
