import { Badge } from "@/components/ui/badge";
import type { QuestionBody } from "@/features/questions/schemas";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** What counts as right in a draft, by type: options with the correct ones labelled (not by colour alone), answers, or the rubric. */
export function DraftAnswer({ body }: { body: QuestionBody }) {
  switch (body.type) {
    case "single_choice":
    case "multiple_choice":
      return (
        <div className="flex flex-col gap-1">
          <h4 className="text-sm font-semibold">Options</h4>
          <ul className="flex flex-col gap-1 text-sm">
            {body.options.map((option) => (
              <li key={option.id} className={option.correct ? "rounded-md border-2 border-success p-2" : "rounded-md border border-border p-2"}>
                <span className="flex flex-wrap items-center gap-2">
                  {option.text}
                  {option.correct ? <Badge>correct</Badge> : null}
                </span>
                {option.feedback ? <span className="block text-muted-fg">Feedback: {option.feedback}</span> : null}
              </li>
            ))}
          </ul>
          {body.type === "multiple_choice" ? (
            <p className="text-sm text-muted-fg">Scoring: {body.scoring === "partial" ? "partial credit" : "all or nothing"}</p>
          ) : null}
        </div>
      );
    case "true_false":
      return <p className="text-sm">Correct answer: {body.correct ? "True" : "False"}</p>;
    case "numeric":
      return (
        <p className="text-sm">
          Correct answer: {body.answer}
          {body.unit ? ` ${body.unit}` : ""}
          {body.tolerance > 0 ? ` (± ${body.tolerance})` : " (exactly)"}
        </p>
      );
    case "short_text":
      return (
        <div className="flex flex-col gap-1">
          <h4 className="text-sm font-semibold">Accepted answers</h4>
          <ul className="list-disc pl-6 text-sm">
            {body.acceptedAnswers.map((answer, index) => (
              <li key={index}>{answer}</li>
            ))}
          </ul>
        </div>
      );
    case "essay":
      return (
        <div className="flex flex-col gap-1">
          <h4 className="text-sm font-semibold">Rubric</h4>
          <ul className="flex flex-col gap-1 text-sm">
            {body.rubric.map((criterion, index) => (
              <li key={index}>
                <span className="font-medium">
                  {criterion.criterion} — {plural(criterion.points, "point")}
                </span>
                {criterion.description ? <span className="block text-muted-fg">{criterion.description}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}
