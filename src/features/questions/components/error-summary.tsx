import type { Ref } from "react";

/** Every problem with the form at the top, each a link that moves focus to its control. */
export function ErrorSummary({ items, summaryRef }: { items: { key: string; message: string; href: string | null }[]; summaryRef: Ref<HTMLDivElement> }) {
  if (items.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="question-errors-heading" className="flex flex-col gap-2 rounded-md border-2 border-danger p-4">
      <h2 id="question-errors-heading" className="font-semibold">
        {items.length === 1 ? "There is a problem with this question" : `There are ${items.length} problems with this question`}
      </h2>
      <ul className="list-disc pl-5 text-sm">
        {items.map((item) => (
          <li key={item.key}>
            {item.href ? (
              <a href={item.href} onClick={(event) => focusControl(event, item.href!)} className="text-danger underline">
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

// A fragment link scrolls but does not focus; a fieldset's first control takes focus for the group.
function focusControl(event: { preventDefault: () => void }, href: string) {
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  event.preventDefault();
  const control = target.matches("input, textarea, select, button") ? target : target.querySelector<HTMLElement>("input, textarea, select, button");
  (control ?? target).focus();
  target.scrollIntoView({ block: "center" });
}
