"use client";

import { buttonClasses } from "@/components/ui/button";
import type { ReviewRating } from "@/features/review/lib/scheduler";
import { RATING_LABELS } from "@/features/review/lib/suggest-rating";

type Props = {
  intervals: Record<ReviewRating, string>;
  suggested: { rating: ReviewRating; reason: string } | null;
  busy: boolean;
  onRate: (rating: ReviewRating) => void;
};

/** Again / Hard / Good / Easy with when each would bring the card back; the suggestion is marked, and any can be chosen. */
export function RatingButtons({ intervals, suggested, busy, onRate }: Props) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">How well did you know it?</legend>
      {suggested ? (
        <p className="text-sm text-muted-fg">
          Suggested: <strong>{RATING_LABELS[suggested.rating]}</strong> — {suggested.reason}. Choose another if it felt different.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {([1, 2, 3, 4] as const).map((rating) => (
          <button
            key={rating}
            type="button"
            disabled={busy}
            className={buttonClasses(suggested?.rating === rating ? "primary" : "secondary")}
            aria-describedby={`interval-${rating}`}
            onClick={() => onRate(rating)}
          >
            {RATING_LABELS[rating]}
            {suggested?.rating === rating ? <span className="sr-only"> (suggested)</span> : null}
            <span id={`interval-${rating}`} className="text-xs font-normal opacity-80">
              {intervals[rating]}
            </span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
