import type { AiGradeView } from "@/features/ai-grading/db";
import { describeConfidence } from "@/features/ai-grading/lib/grade-display";
import { AiGradeButton } from "./ai-grade-button";

const AI_GRADING_OFF = "AI grading is off on this server (no AI provider is configured).";

/** The AI's suggestion for an essay, or the way to ask for one; the teacher's saved mark is what counts. */
export function AiGradingSection({ attemptId, learnerName, grade, aiEnabled }: { attemptId: string; learnerName: string; grade: AiGradeView | undefined; aiEnabled: boolean }) {
  return (
    <section aria-labelledby="ai-grading-heading" className="flex flex-col gap-3 rounded-md border border-border p-4">
      <h3 id="ai-grading-heading" className="font-semibold">
        {grade ? "AI suggestion" : "AI grading"}
      </h3>
      {grade ? <AiSuggestion grade={grade} /> : null}
      {!grade && !aiEnabled ? <p className="text-sm text-muted-fg">{AI_GRADING_OFF}</p> : null}
      {aiEnabled ? <AiGradeButton attemptId={attemptId} learnerName={learnerName} canRequest={!grade} /> : null}
    </section>
  );
}

function AiSuggestion({ grade }: { grade: AiGradeView }) {
  const confidence = describeConfidence(grade.confidence);
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-base">
        Suggested mark: <strong>{grade.score}</strong> of {grade.maxScore}
      </p>
      <p>
        Confidence: {confidence.percent} — <span className={confidence.low ? "font-semibold text-danger" : undefined}>{confidence.label}</span>
      </p>
      {grade.summary ? <p>{grade.summary}</p> : null}
      <ul className="flex flex-col gap-2">
        {grade.criteria.map((criterion, index) => (
          <li key={index} className="rounded-md bg-muted p-2">
            <p className="font-medium">
              {criterion.criterion}: {criterion.points} of {criterion.maxPoints} points
            </p>
            {criterion.feedback ? <p>{criterion.feedback}</p> : null}
          </li>
        ))}
      </ul>
      <p className="text-muted-fg">A suggestion only: the learner sees nothing until you save a mark. &ldquo;Use AI marks&rdquo; copies it into the form below.</p>
    </div>
  );
}
