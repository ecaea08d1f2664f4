import { QUESTION_TYPES } from "@/drizzle/schema/enum-values";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import { DIFFICULTIES } from "../lib/output";
import { DEFAULT_QUESTIONS, MAX_QUESTIONS, MIN_QUESTIONS, type GenerationFormErrors } from "./generation-request";

export type Passage = { id: string; heading: string; anchor: string; excerpt: string };

const DIFFICULTY_LABELS = { easy: "Easy", medium: "Medium", hard: "Hard" } as const;
const fieldsetClasses = "flex flex-col gap-2 rounded-md border border-border p-3";

/** The generation form's choices, uncontrolled: the form reads them with FormData on submit. */
export function GenerationFields({ passages, topics, errors }: { passages: Passage[]; topics: { slug: string; name: string }[]; errors: GenerationFormErrors }) {
  return (
    <>
      <fieldset id="generate-chunkIds" tabIndex={-1} aria-describedby={errors.chunkIds ? "generate-chunkIds-error" : undefined} className={fieldsetClasses}>
        <legend className="px-1 text-sm font-medium">Passages to write from</legend>
        <ul className="flex flex-col gap-2">
          {passages.map((passage) => (
            <li key={passage.id} className="flex items-start gap-2 text-sm">
              <input id={`passage-${passage.id}`} type="checkbox" name="chunkIds" value={passage.id} defaultChecked className="mt-1" aria-describedby={`passage-${passage.id}-excerpt`} />
              <div className="flex flex-col">
                <label htmlFor={`passage-${passage.id}`} className="font-medium">
                  {passage.heading || "Introduction"}
                </label>
                <span id={`passage-${passage.id}-excerpt`} className="text-muted-fg">
                  {passage.excerpt}
                  {passage.excerpt.length >= 200 ? "…" : ""}
                </span>
              </div>
            </li>
          ))}
        </ul>
        <FieldError id="generate-chunkIds-error" message={errors.chunkIds} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="generate-count" className="text-sm font-medium">
          Number of questions ({MIN_QUESTIONS}–{MAX_QUESTIONS})
        </label>
        <input
          id="generate-count"
          name="count"
          type="number"
          min={MIN_QUESTIONS}
          max={MAX_QUESTIONS}
          step={1}
          defaultValue={DEFAULT_QUESTIONS}
          required
          aria-invalid={errors.count ? true : undefined}
          aria-describedby={errors.count ? "generate-count-error" : undefined}
          className="min-h-10 w-24 rounded-md border border-border bg-bg px-3 text-sm"
        />
        <FieldError id="generate-count-error" message={errors.count} />
      </div>
      <fieldset id="generate-types" tabIndex={-1} aria-describedby={errors.types ? "generate-types-error" : undefined} className={fieldsetClasses}>
        <legend className="px-1 text-sm font-medium">Question types</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {QUESTION_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="types" value={type} defaultChecked={type === "single_choice"} />
              {QUESTION_TYPE_LABELS[type]}
            </label>
          ))}
        </div>
        <FieldError id="generate-types-error" message={errors.types} />
      </fieldset>
      <fieldset className={fieldsetClasses}>
        <legend className="px-1 text-sm font-medium">Difficulty</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {DIFFICULTIES.map((difficulty) => (
            <label key={difficulty} className="flex items-center gap-2 text-sm">
              <input type="radio" name="difficulty" value={difficulty} defaultChecked={difficulty === "medium"} />
              {DIFFICULTY_LABELS[difficulty]}
            </label>
          ))}
        </div>
      </fieldset>
      {topics.length > 0 ? (
        <fieldset className={fieldsetClasses}>
          <legend className="px-1 text-sm font-medium">Topics to tag the questions with (optional)</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {topics.map((topic) => (
              <label key={topic.slug} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="topicSlugs" value={topic.slug} />
                {topic.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-danger">
      {message}
    </p>
  );
}
