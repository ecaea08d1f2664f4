"use client";

import { useReducer, useState, useTransition, type FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { CourseLevel } from "@/drizzle/schema/enum-values";
import { createCourseFromOutlineAction } from "@/features/course-outline/actions";
import { describeOutlinePath, OUTLINE_LIMITS, outlineEditSchema, type CourseOutline } from "@/features/course-outline/lib/outline";
import { OutlineModules } from "./outline-modules";
import { outlineFromState, outlineReducer, outlineStateFrom } from "./outline-state";
import { OutlineTopics } from "./outline-topics";

const OFFLINE_MESSAGE = "Could not reach LearnForge. Check your connection, then try again.";
const inputClass = "min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm";

/** The drafted outline as an editable form; nothing is created until "Create course". */
export function OutlineForm({ initial, level, onBack }: { initial: CourseOutline; level: CourseLevel; onBack: () => void }) {
  const [state, dispatch] = useReducer(outlineReducer, initial, outlineStateFrom);
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const lessonCount = state.modules.reduce((sum, item) => sum + item.lessons.length, 0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outline = outlineFromState(state);
    // Checked here first so mistakes show at once; the action checks the same schema again.
    const checked = outlineEditSchema.safeParse(outline);
    if (!checked.success) {
      setProblems(checked.error.issues.map((issue) => `${describeOutlinePath(issue.path)}: ${issue.message}`));
      return;
    }
    const form = new FormData();
    form.set("outline", JSON.stringify(outline));
    form.set("level", level);
    setProblems([]);
    startTransition(async () => {
      try {
        // Success redirects to the new course's editor.
        const result = await createCourseFromOutlineAction(null, form);
        if (result && !result.ok) {
          const located = Object.entries(result.fieldErrors ?? {}).map(([path, message]) => `${describeOutlinePath(path)}: ${message}`);
          setProblems(located.length > 0 ? located : [result.message]);
        }
      } catch (failure) {
        console.error("creating a course from an outline failed", failure);
        setProblems([OFFLINE_MESSAGE]);
      }
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-8" aria-busy={pending} noValidate>
      <p className="text-sm text-muted-fg">
        Here is the AI&apos;s draft: {state.topics.length} topics, {state.modules.length} modules, {lessonCount} lessons. Change anything you like — nothing is created until you choose
        “Create course”. The course starts private and unpublished, with empty lessons for you to write.
      </p>
      <section aria-labelledby="outline-course-heading" className="flex flex-col gap-4">
        <h2 id="outline-course-heading" className="text-xl font-semibold">
          Course
        </h2>
        <div className="flex flex-col gap-1">
          <label htmlFor="outline-title" className="text-sm font-medium">
            Title
          </label>
          <input
            id="outline-title"
            value={state.title}
            maxLength={OUTLINE_LIMITS.title}
            onChange={(event) => dispatch({ type: "set_course", field: "title", value: event.target.value })}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="outline-course-description" className="text-sm font-medium">
            Description (the course summary)
          </label>
          <textarea
            id="outline-course-description"
            rows={3}
            value={state.description}
            maxLength={OUTLINE_LIMITS.description}
            onChange={(event) => dispatch({ type: "set_course", field: "description", value: event.target.value })}
            className={inputClass}
          />
        </div>
      </section>
      <OutlineTopics topics={state.topics} dispatch={dispatch} />
      <OutlineModules modules={state.modules} topics={state.topics} dispatch={dispatch} />
      {problems.length > 0 ? (
        <div role="alert" className="flex flex-col gap-1 text-sm text-danger">
          <p className="font-medium">The course was not created:</p>
          <ul className="list-disc pl-5">
            {problems.map((problem, index) => (
              <li key={`${index}-${problem}`}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClasses("primary")}>
          {pending ? "Creating…" : "Create course"}
        </button>
        <button
          type="button"
          disabled={pending}
          className={buttonClasses("secondary")}
          onClick={() => {
            if (window.confirm("Go back to the description? This outline and your changes to it are discarded.")) onBack();
          }}
        >
          Back to the description
        </button>
      </div>
    </form>
  );
}
