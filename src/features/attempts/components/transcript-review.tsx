"use client";

import { useEffect, useId, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { UseMode } from "./answer-capture-text";

const smallButton = buttonClasses("secondary", "min-h-9 px-3 py-1");
const ghostButton = buttonClasses("ghost", "min-h-9 px-3 py-1");

type Props = {
  text: string;
  legible: boolean;
  disabled: boolean;
  /** The answer already has text: using this asks whether to replace it or add to it. */
  hasAnswer: boolean;
  onTextChange: (text: string) => void;
  onUse: (mode: UseMode) => void;
  onDiscard: () => void;
};

/** The text the AI read, for the learner to correct before it goes anywhere near the answer. */
export function TranscriptReview({ text, legible, disabled, hasAnswer, onTextChange, onUse, onDiscard }: Props) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="flex flex-col gap-2 rounded-md border border-border p-3">
      <label htmlFor={`${id}-text`} className="text-sm font-medium">
        Check the text we read
      </label>
      {legible ? null : (
        <p id={`${id}-note`} className="text-sm font-medium">
          Parts could not be read — correct the text before using it
        </p>
      )}
      <textarea
        id={`${id}-text`}
        ref={box}
        rows={6}
        value={text}
        disabled={disabled}
        aria-describedby={legible ? undefined : `${id}-note`}
        className="min-h-10 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm leading-relaxed"
        onChange={(event) => onTextChange(event.target.value)}
      />
      {asking ? (
        <div role="group" aria-labelledby={`${id}-ask`} className="flex flex-wrap items-center gap-2">
          <p id={`${id}-ask`} className="text-sm">
            Your answer already has text.
          </p>
          <button type="button" className={smallButton} disabled={disabled} onClick={() => onUse("replace")}>
            Replace my answer
          </button>
          <button type="button" className={smallButton} disabled={disabled} onClick={() => onUse("append")}>
            Add to my answer
          </button>
          <button type="button" className={ghostButton} onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={smallButton} disabled={disabled || text.trim() === ""} onClick={() => (hasAnswer ? setAsking(true) : onUse("replace"))}>
            Use this text
          </button>
          <button type="button" className={ghostButton} onClick={onDiscard}>
            Discard
          </button>
        </div>
      )}
    </div>
  );
}
