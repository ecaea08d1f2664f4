"use client";

import { useActionState, useDeferredValue, useState } from "react";
import { saveLessonAction } from "@/features/courses/actions-authoring";
import { slugify } from "@/features/courses/schemas-authoring";
import { LessonMarkdown } from "@/features/courses/components/lesson-markdown";
import { LessonVideo } from "@/features/courses/components/lesson-video";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { buttonClasses } from "@/components/ui/button";

type LessonValues = { title: string; slug: string; summary: string; markdown: string; videoUrl: string | null; estimatedMinutes: number; topicSlugs: string[]; published: boolean };

/** Markdown on the left, the sanitised page as learners will see it on the right. */
export function LessonEditor({
  courseId,
  moduleId,
  lessonId,
  topics,
  initial,
}: {
  courseId: string;
  moduleId?: string;
  lessonId?: string;
  topics: { slug: string; name: string }[];
  initial?: LessonValues;
}) {
  const [state, formAction, pending] = useActionState(saveLessonAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // React resets a form after its action: refill the uncontrolled fields with what was sent.
  const sent = state && !state.ok ? state.values : undefined;
  const [markdown, setMarkdown] = useState(initial?.markdown ?? "");
  const preview = useDeferredValue(markdown);
  const [videoUrl, setVideoUrl] = useState(initial?.videoUrl ?? "");
  const [slug, setSlug] = useState(initial?.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(lessonId));
  const [chosen, setChosen] = useState<string[]>(initial?.topicSlugs ?? []);

  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="courseId" value={courseId} />
      {lessonId ? <input type="hidden" name="lessonId" value={lessonId} /> : null}
      {moduleId ? <input type="hidden" name="moduleId" value={moduleId} /> : null}
      <input type="hidden" name="topicSlugs" value={chosen.join(",")} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id="lesson-title"
          name="title"
          label="Title"
          required
          defaultValue={sent?.title ?? initial?.title}
          error={errors.title}
          onChange={(event) => {
            if (!slugTouched) setSlug(slugify(event.target.value));
          }}
        />
        <Field
          id="lesson-slug"
          name="slug"
          label="Address"
          required
          value={slug}
          error={errors.slug ?? (state && !state.ok && state.code === "CONFLICT" ? state.message : undefined)}
          onChange={(event) => {
            setSlugTouched(true);
            setSlug(event.target.value);
          }}
        />
        <Field id="lesson-summary" name="summary" label="Summary" defaultValue={sent?.summary ?? initial?.summary} error={errors.summary} />
        <Field id="lesson-minutes" name="estimatedMinutes" type="number" min={1} max={600} label="Reading time (minutes)" defaultValue={sent?.estimatedMinutes ?? initial?.estimatedMinutes ?? 10} error={errors.estimatedMinutes} />
        <Field
          id="lesson-video"
          name="videoUrl"
          label="Video (YouTube or Vimeo link, optional)"
          value={videoUrl}
          onChange={(event) => setVideoUrl(event.target.value)}
          error={errors.videoUrl}
        />
      </div>
      {topics.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Topics</legend>
          <div className="flex flex-wrap gap-3">
            {topics.map((topic) => (
              <label key={topic.slug} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={chosen.includes(topic.slug)}
                  onChange={(event) => setChosen((current) => (event.target.checked ? [...current, topic.slug] : current.filter((slugValue) => slugValue !== topic.slug)))}
                />
                {topic.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="lesson-markdown" className="text-sm font-medium">
            Lesson text (Markdown)
          </label>
          <textarea
            id="lesson-markdown"
            name="markdown"
            rows={24}
            value={markdown}
            onChange={(event) => setMarkdown(event.target.value)}
            aria-describedby={errors.markdown ? "lesson-markdown-error" : undefined}
            className="rounded-md border border-border bg-bg px-3 py-2 font-mono text-sm"
          />
          {errors.markdown ? (
            <p id="lesson-markdown-error" className="text-sm text-danger">
              {errors.markdown}
            </p>
          ) : null}
        </div>
        <section aria-label="Preview" className="flex flex-col gap-3 rounded-md border border-border p-4">
          <p className="text-sm font-medium text-muted-fg">Preview — as learners will see it</p>
          <LessonVideo url={videoUrl} title="Lesson video preview" />
          <LessonMarkdown markdown={preview} />
        </section>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="publish" defaultChecked={sent ? sent.publish === "on" : (initial?.published ?? false)} />
        Published (learners can read it)
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClasses("primary")}>
          {pending ? "Saving…" : "Save lesson"}
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
