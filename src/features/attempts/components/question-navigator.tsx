"use client";

import { cn } from "@/lib/cn";

type Item = { slot: number; answered: boolean; problem: boolean };

/** Numbered buttons, one per question: a tick and the words say which are answered, not colour alone. */
export function QuestionNavigator({ items, current, onSelect }: { items: Item[]; current: number; onSelect: (index: number) => void }) {
  const answered = items.filter((item) => item.answered).length;
  return (
    <nav aria-label="Questions" className="flex flex-col gap-2">
      <h2 className="text-sm font-semibold">Questions</h2>
      <ol className="grid grid-cols-5 gap-2">
        {items.map((item, index) => (
          <li key={item.slot}>
            <button
              type="button"
              onClick={() => onSelect(index)}
              aria-current={index === current ? "step" : undefined}
              className={cn(
                "flex h-10 w-full items-center justify-center gap-0.5 rounded-md border text-sm font-medium",
                item.answered ? "border-primary bg-accent text-accent-fg" : "border-border bg-card",
                index === current && "ring-2 ring-primary ring-offset-2 ring-offset-bg underline",
              )}
            >
              <span aria-hidden="true">
                {index + 1}
                {item.answered ? "✓" : ""}
                {item.problem ? "!" : ""}
              </span>
              <span className="sr-only">
                Question {index + 1}, {item.answered ? "answered" : "not answered"}
                {item.problem ? ", not saved" : ""}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <p className="text-xs text-muted-fg">
        {answered} of {items.length} answered · <span aria-hidden="true">✓</span> answered
        {items.some((item) => item.problem) ? " · ! not saved" : ""}
      </p>
    </nav>
  );
}
