"use client";

import type { Dispatch } from "react";
import { buttonClasses } from "@/components/ui/button";
import { OUTLINE_LIMITS } from "@/features/course-outline/lib/outline";
import type { EditorLesson, EditorModule, EditorTopic, OutlineEditorAction } from "./outline-state";

const smallButton = buttonClasses("secondary", "min-h-8 px-2 py-1 text-xs");
const inputClass = "min-h-10 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm";

type LessonProps = {
  lesson: EditorLesson;
  name: string;
  first: boolean;
  last: boolean;
  topics: EditorTopic[];
  dispatch: Dispatch<OutlineEditorAction>;
};

function OutlineLesson({ lesson, name, first, last, topics, dispatch }: LessonProps) {
  const id = `outline-lesson-${lesson.key}`;
  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-title`} className="text-sm font-medium">
          {name} title
        </label>
        <input
          id={`${id}-title`}
          value={lesson.title}
          maxLength={OUTLINE_LIMITS.title}
          onChange={(event) => dispatch({ type: "edit_lesson", lessonKey: lesson.key, field: "title", value: event.target.value })}
          className={inputClass}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-summary`} className="text-sm font-medium">
          {name} summary
        </label>
        <textarea
          id={`${id}-summary`}
          rows={2}
          value={lesson.summary}
          maxLength={OUTLINE_LIMITS.summary}
          onChange={(event) => dispatch({ type: "edit_lesson", lessonKey: lesson.key, field: "summary", value: event.target.value })}
          className={inputClass}
        />
      </div>
      {topics.length > 0 ? (
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
          <legend className="mb-1 text-sm font-medium">{name} topics</legend>
          {topics.map((topic, index) => (
            <label key={topic.key} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={lesson.topicKeys.includes(topic.key)}
                onChange={() => dispatch({ type: "toggle_lesson_topic", lessonKey: lesson.key, topicKey: topic.key })}
              />
              {topic.name || `Topic ${index + 1}`}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-2" role="group" aria-label={`${name}: arrange`}>
        <button aria-label={`Move up ${name}`} type="button" className={smallButton} disabled={first} onClick={() => dispatch({ type: "move_lesson", lessonKey: lesson.key, direction: "up" })}>
          Move up
        </button>
        <button aria-label={`Move down ${name}`} type="button" className={smallButton} disabled={last} onClick={() => dispatch({ type: "move_lesson", lessonKey: lesson.key, direction: "down" })}>
          Move down
        </button>
        <button aria-label={`Remove ${name}`} type="button" className={smallButton} onClick={() => dispatch({ type: "remove_lesson", lessonKey: lesson.key })}>
          Remove
        </button>
      </div>
    </li>
  );
}

/** Modules and their lessons: rename, remove, add and reorder; a lesson moves on into the next module past either end. */
export function OutlineModules({ modules, topics, dispatch }: { modules: EditorModule[]; topics: EditorTopic[]; dispatch: Dispatch<OutlineEditorAction> }) {
  return (
    <section aria-labelledby="outline-modules-heading" className="flex flex-col gap-4">
      <h2 id="outline-modules-heading" className="text-xl font-semibold">
        Modules and lessons
      </h2>
      {modules.length === 0 ? <p className="text-sm">No modules yet; a course needs at least one.</p> : null}
      <ol className="flex flex-col gap-6">
        {modules.map((courseModule, moduleIndex) => {
          const moduleName = `Module ${moduleIndex + 1}`;
          return (
            <li key={courseModule.key} className="flex flex-col gap-3 rounded-xl border border-border bg-card p-4">
              <div className="flex flex-col gap-1">
                <label htmlFor={`outline-module-${courseModule.key}`} className="text-sm font-medium">
                  {moduleName} title
                </label>
                <input
                  id={`outline-module-${courseModule.key}`}
                  value={courseModule.title}
                  maxLength={OUTLINE_LIMITS.title}
                  onChange={(event) => dispatch({ type: "rename_module", moduleKey: courseModule.key, title: event.target.value })}
                  className={`${inputClass} font-medium`}
                />
              </div>
              <div className="flex flex-wrap gap-2" role="group" aria-label={`${moduleName}: arrange`}>
                <button aria-label={`Move up ${moduleName}`} type="button" className={smallButton} disabled={moduleIndex === 0} onClick={() => dispatch({ type: "move_module", moduleKey: courseModule.key, direction: "up" })}>
                  Move up
                </button>
                <button
                  aria-label={`Move down ${moduleName}`}
                  type="button"
                  className={smallButton}
                  disabled={moduleIndex === modules.length - 1}
                  onClick={() => dispatch({ type: "move_module", moduleKey: courseModule.key, direction: "down" })}
                >
                  Move down
                </button>
                <button aria-label={`Remove ${moduleName} and its lessons`} type="button" className={smallButton} onClick={() => dispatch({ type: "remove_module", moduleKey: courseModule.key })}>
                  Remove
                </button>
              </div>
              <ol className="flex flex-col gap-3">
                {courseModule.lessons.map((lesson, lessonIndex) => (
                  <OutlineLesson
                    key={lesson.key}
                    lesson={lesson}
                    name={`${moduleName}, lesson ${lessonIndex + 1}`}
                    first={moduleIndex === 0 && lessonIndex === 0}
                    last={moduleIndex === modules.length - 1 && lessonIndex === courseModule.lessons.length - 1}
                    topics={topics}
                    dispatch={dispatch}
                  />
                ))}
              </ol>
              <div>
                <button
                  aria-label={`Add a lesson to ${moduleName}`}
                  type="button"
                  className={smallButton}
                  disabled={courseModule.lessons.length >= OUTLINE_LIMITS.lessonsPerModule}
                  onClick={() => dispatch({ type: "add_lesson", moduleKey: courseModule.key })}
                >
                  Add a lesson
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" className={smallButton} disabled={modules.length >= OUTLINE_LIMITS.modules} onClick={() => dispatch({ type: "add_module" })}>
          Add a module
        </button>
      </div>
    </section>
  );
}
