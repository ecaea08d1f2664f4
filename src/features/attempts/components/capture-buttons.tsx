"use client";

import type { ChangeEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/cn";

export const smallButton = buttonClasses("secondary", "min-h-9 px-3 py-1");

/** "Answer from a photo" and "Record an answer", as the idle capture shows them. */
export function CaptureButtons({ disabled, canRecord, onPhoto, onRecord }: { disabled: boolean; canRecord: boolean; onPhoto: (file: File) => void; onRecord: () => void }) {
  function choosePhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Choosing the same photo again must fire a change too.
    event.target.value = "";
    if (file) onPhoto(file);
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className={cn(smallButton, "cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-primary", disabled && "pointer-events-none opacity-60")}>
        Answer from a photo
        <input type="file" accept="image/png,image/jpeg,image/webp" capture="environment" className="sr-only" disabled={disabled} onChange={choosePhoto} />
      </label>
      {canRecord ? (
        <button type="button" className={smallButton} disabled={disabled} onClick={onRecord}>
          Record an answer
        </button>
      ) : null}
    </div>
  );
}
