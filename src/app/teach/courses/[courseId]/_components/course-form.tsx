"use client";

import { useActionState, useState } from "react";
import { COURSE_LEVELS, COURSE_VISIBILITIES } from "@/drizzle/schema/enum-values";
import { createCourseAction, updateCourseAction } from "@/features/courses/actions-authoring";
import { slugify } from "@/features/courses/schemas-authoring";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { buttonClasses } from "@/components/ui/button";

type CourseValues = { title: string; slug: string; summary: string; description: string; level: string; visibility: string };

const VISIBILITY_HELP: Record<string, string> = {
  public: "Listed in the catalogue; anyone can enrol once it is published.",
  unlisted: "Not listed; anyone with the link can enrol once it is published.",
  private: "Only you, admins and members of your classes can see it.",
};

/** Creates a course, or edits one when `courseId` is given. */
export function CourseForm({ courseId, initial }: { courseId?: string; initial?: CourseValues }) {
  // Creating redirects to the new course's editor, so it never returns data of its own.
  const action = (courseId ? updateCourseAction : createCourseAction) as typeof updateCourseAction;
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? { ...initial, ...state.values } : initial;
  const [slug, setSlug] = useState(values?.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(courseId));
  const [visibility, setVisibility] = useState(values?.visibility ?? "private");
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {courseId ? <input type="hidden" name="courseId" value={courseId} /> : null}
      <Field
        id="course-title"
        name="title"
        label="Title"
        required
        defaultValue={values?.title}
        error={errors.title}
        onChange={(event) => {
          if (!slugTouched) setSlug(slugify(event.target.value));
        }}
      />
      <Field
        id="course-slug"
        name="slug"
        label="Address (/courses/…)"
        required
        value={slug}
        error={errors.slug ?? (state && !state.ok && state.code === "CONFLICT" ? state.message : undefined)}
        onChange={(event) => {
          setSlugTouched(true);
          setSlug(event.target.value);
        }}
      />
      <Field id="course-summary" name="summary" label="Summary (one or two sentences)" defaultValue={values?.summary} error={errors.summary} />
      <div className="flex flex-col gap-1">
        <label htmlFor="course-description" className="text-sm font-medium">
          Description (Markdown)
        </label>
        <textarea id="course-description" name="description" rows={5} defaultValue={values?.description} className="rounded-md border border-border bg-bg px-3 py-2 text-sm" />
      </div>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Level
          <select name="level" defaultValue={values?.level ?? "beginner"} className="min-h-10 rounded-md border border-border bg-bg px-3">
            {COURSE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Visibility
          <select
            name="visibility"
            value={visibility}
            onChange={(event) => setVisibility(event.target.value)}
            aria-describedby="visibility-help"
            className="min-h-10 rounded-md border border-border bg-bg px-3"
          >
            {COURSE_VISIBILITIES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="visibility-help" className="text-sm text-muted-fg">
        {VISIBILITY_HELP[visibility]}
      </p>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClasses("primary")}>
          {pending ? "Saving…" : courseId ? "Save course" : "Create course"}
        </button>
        {state?.ok ? (
          <p role="status" className="text-sm text-muted-fg">
            Saved.
          </p>
        ) : null}
      </div>
      <FormError state={state} showWithFieldErrors={false} />
    </form>
  );
}
