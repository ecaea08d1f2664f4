import { rotateJoinCodeAction } from "@/features/classes/actions";
import { ConfirmActionButton } from "./confirm-action-button";

/** The class's join code, large enough to read off a projector, and a way to replace it. */
export function JoinCodePanel({ classId, joinCode }: { classId: string; joinCode: string }) {
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-fg" id="join-code-help">
        Learners join at LearnForge with this code. Joining also enrols them in the course.
      </p>
      <p className="font-mono text-3xl font-bold tracking-wider overflow-x-auto whitespace-nowrap sm:text-4xl">
        <span className="sr-only">Join code: </span>
        {joinCode}
      </p>
      <ConfirmActionButton
        action={rotateJoinCodeAction}
        fields={{ classId }}
        label="Rotate code"
        pendingLabel="Rotating…"
        doneMessage="A new join code is ready."
        confirmMessage={`Replace the join code ${joinCode}? The old code stops working at once; learners already in the class stay.`}
      />
      <p className="text-xs text-muted-fg">Rotating gives the class a new code; the old one stops working straight away. Members stay in the class.</p>
    </div>
  );
}
