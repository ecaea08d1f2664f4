"use client";

import { useState, useTransition, type FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { COURSE_LEVELS, type CourseLevel } from "@/drizzle/schema/enum-values";
import { draftOutlineAction } from "@/features/course-outline/actions";
import type { CourseOutline } from "@/features/course-outline/lib/outline";
import { LESSONS_WANTED_MAX, LESSONS_WANTED_MIN, OUTLINE_DESCRIPTION_MAX, OUTLINE_DESCRIPTION_MIN } from "@/features/course-outline/schemas";
import { OutlineForm } from "./outline-form";

const OFFLINE_MESSAGE = "Could not reach LearnForge. Check your connection, then try again.";
const inputClass = "min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm";

/**
 * Two steps: the teacher describes the course and the AI drafts an outline; then the teacher
 * edits the outline, and only "Create course" stores anything. The request's fields are held
 * here so they survive a failed draft and a step back.
 */
export function OutlineEditor() {
  const [description, setDescription] = useState("");
  const [level, setLevel] = useState<CourseLevel>("beginner");
  const [lessonsWanted, setLessonsWanted] = useState("8");
  const [error, setError] = useState<{ message: string; fieldErrors: Record<string, string> } | null>(null);
  const [draft, setDraft] = useState<{ outline: CourseOutline; version: number } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        const result = await draftOutlineAction(null, form);
        if (!result.ok) {
          setError({ message: result.message, fieldErrors: result.fieldErrors ?? {} });
          return;
        }
        setError(null);
        setDraft((previous) => ({ outline: result.data, version: (previous?.version ?? 0) + 1 }));
      } catch (failure) {
        console.error("drafting a course outline failed", failure);
        setError({ message: OFFLINE_MESSAGE, fieldErrors: {} });
      }
    });
  }

  if (draft) {
    return <OutlineForm key={draft.version} initial={draft.outline} level={level} onBack={() => setDraft(null)} />;
  }

  const fieldErrors = error?.fieldErrors ?? {};
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-busy={pending}>
      <div className="flex flex-col gap-1">
        <label htmlFor="outline-description" className="text-sm font-medium">
          What is the course about?
        </label>
        <textarea
          id="outline-description"
          name="description"
          rows={8}
          required
          minLength={OUTLINE_DESCRIPTION_MIN}
          maxLength={OUTLINE_DESCRIPTION_MAX}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-describedby="outline-description-hint"
          aria-invalid={fieldErrors.description ? true : undefined}
          className={`${inputClass} leading-relaxed`}
        />
        <p id="outline-description-hint" className="text-xs text-muted-fg">
          Who it is for, what they should be able to do at the end, and anything it must cover ({OUTLINE_DESCRIPTION_MIN}–{OUTLINE_DESCRIPTION_MAX.toLocaleString("en")} characters;{" "}
          {description.length.toLocaleString("en")} so far).
        </p>
      </div>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Level
          <select name="level" value={level} onChange={(event) => setLevel(event.target.value as CourseLevel)} className={inputClass}>
            {COURSE_LEVELS.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          About how many lessons
          <input
            name="lessonsWanted"
            type="number"
            inputMode="numeric"
            min={LESSONS_WANTED_MIN}
            max={LESSONS_WANTED_MAX}
            required
            value={lessonsWanted}
            onChange={(event) => setLessonsWanted(event.target.value)}
            aria-invalid={fieldErrors.lessonsWanted ? true : undefined}
            className={`${inputClass} w-32`}
          />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClasses("primary")}>
          {pending ? "Drafting…" : "Draft the outline"}
        </button>
        <p role="status" className="text-sm text-muted-fg">
          {pending ? "The AI is drafting your outline; this can take up to a minute." : ""}
        </p>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error.message}
        </p>
      ) : null}
    </form>
  );
}
