"use client";

import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import { buttonClasses } from "@/components/ui/button";
import type { PickerQuestion } from "./question-picker";
import type { DrawCheck, EditorLine } from "./test-lines";

export const validPoints = (points: number) => Number.isFinite(points) && points > 0 && points <= 100;
export const validCount = (count: number) => Number.isInteger(count) && count >= 1 && count <= 50;
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export type LineChange = { points?: number; drawCount?: number; topicSlug?: string };

function LineControls({ index, count, label, onMove, onRemove }: { index: number; count: number; label: string; onMove: (offset: number) => void; onRemove: () => void }) {
  const small = buttonClasses("secondary", "min-h-8 px-2 py-1 text-xs aria-disabled:cursor-not-allowed aria-disabled:opacity-50");
  return (
    <div className="flex flex-wrap gap-1">
      {/* aria-disabled rather than disabled keeps focus on the button once the line reaches an end. */}
      <button type="button" className={small} aria-disabled={index === 0} aria-label={`Move ${label} up`} onClick={() => onMove(-1)}>
        Up
      </button>
      <button type="button" className={small} aria-disabled={index === count - 1} aria-label={`Move ${label} down`} onClick={() => onMove(1)}>
        Down
      </button>
      <button type="button" className={small} aria-label={`Remove ${label}`} onClick={onRemove}>
        Remove
      </button>
    </div>
  );
}

function PointsInput({ id, value, context, onChange }: { id: string; value: number; context: string; onChange: (value: number) => void }) {
  const invalid = !validPoints(value);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium">
        Points<span className="sr-only"> for {context}</span>
      </label>
      <input
        id={id}
        type="number"
        min={0.5}
        max={100}
        step={0.5}
        value={Number.isNaN(value) ? "" : value}
        onChange={(event) => onChange(event.target.value === "" ? Number.NaN : Number(event.target.value))}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        className="min-h-9 w-24 rounded-md border border-border bg-bg px-2 text-sm"
      />
      {invalid ? (
        <p id={`${id}-error`} className="text-xs text-danger">
          Between 0.5 and 100.
        </p>
      ) : null}
    </div>
  );
}

function DrawWarning({ check, topicName }: { check: DrawCheck | undefined; topicName: string }) {
  if (!check?.short) return null;
  return (
    <p className="text-sm text-danger">
      <strong>Warning:</strong> {topicName} has only {plural(check.available, "question")} left to draw from (not chosen elsewhere in this test), so this line
      draws {check.available}, not {check.requested}. Add questions to the topic or lower the count.
    </p>
  );
}

/** One line of the test: what it is, its points, and buttons to move or remove it. */
export function TestLineItem({
  idPrefix,
  line,
  index,
  count,
  label,
  question,
  topics,
  topicName,
  bankSize,
  draw,
  onChange,
  onMove,
  onRemove,
}: {
  idPrefix: string;
  line: EditorLine;
  index: number;
  count: number;
  /** "line 3 (question)", for the controls' accessible names. */
  label: string;
  question: PickerQuestion | undefined;
  topics: { slug: string; name: string }[];
  topicName: ReadonlyMap<string, string>;
  bankSize: ReadonlyMap<string, number>;
  draw: DrawCheck | undefined;
  onChange: (change: LineChange) => void;
  onMove: (offset: number) => void;
  onRemove: () => void;
}) {
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-border bg-card p-3">
      <div className="flex flex-wrap items-start gap-3">
        <span className="w-8 shrink-0 pt-1 text-sm font-semibold text-muted-fg">{index + 1}.</span>
        {line.kind === "question" ? (
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <p className="text-sm">{question?.preview ?? "A question that is no longer in the bank"}</p>
            <p className="text-xs text-muted-fg">
              {question ? QUESTION_TYPE_LABELS[question.type] : "Unknown"}
              {question?.topicSlugs.length ? ` · ${question.topicSlugs.map((slug) => topicName.get(slug) ?? slug).join(", ")}` : ""}
            </p>
            {!question || question.archived ? (
              <p className="text-sm text-danger">
                <strong>Archived:</strong> this question left the bank. Remove this line before saving.
              </p>
            ) : null}
          </div>
        ) : (
          <div className="flex min-w-0 flex-1 flex-wrap items-end gap-3">
            <p className="w-full text-sm font-medium">Random draw</p>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${idPrefix}-count`} className="text-xs font-medium">
                How many<span className="sr-only"> for line {index + 1}</span>
              </label>
              <input
                id={`${idPrefix}-count`}
                type="number"
                min={1}
                max={50}
                step={1}
                value={Number.isNaN(line.drawCount) ? "" : line.drawCount}
                onChange={(event) => onChange({ drawCount: event.target.value === "" ? Number.NaN : Number(event.target.value) })}
                aria-invalid={validCount(line.drawCount) ? undefined : true}
                aria-describedby={validCount(line.drawCount) ? undefined : `${idPrefix}-count-error`}
                className="min-h-9 w-20 rounded-md border border-border bg-bg px-2 text-sm"
              />
              {validCount(line.drawCount) ? null : (
                <p id={`${idPrefix}-count-error`} className="text-xs text-danger">
                  A whole number from 1 to 50.
                </p>
              )}
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${idPrefix}-topic`} className="text-xs font-medium">
                From topic<span className="sr-only"> for line {index + 1}</span>
              </label>
              <select
                id={`${idPrefix}-topic`}
                value={line.topicSlug}
                onChange={(event) => onChange({ topicSlug: event.target.value })}
                className="min-h-9 rounded-md border border-border bg-bg px-2 text-sm"
              >
                {topics.map((topic) => (
                  <option key={topic.slug} value={topic.slug}>
                    {topic.name} ({bankSize.get(topic.slug) ?? 0})
                  </option>
                ))}
              </select>
            </div>
            <div className="w-full">
              <DrawWarning check={draw} topicName={topicName.get(line.topicSlug) ?? line.topicSlug} />
            </div>
          </div>
        )}
        <PointsInput id={`${idPrefix}-points`} value={line.points} context={label} onChange={(points) => onChange({ points })} />
        <LineControls index={index} count={count} label={label} onMove={onMove} onRemove={onRemove} />
      </div>
    </li>
  );
}
