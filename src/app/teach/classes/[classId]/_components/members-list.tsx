import { removeClassMemberAction } from "@/features/classes/actions";
import { ConfirmActionButton } from "@/features/classes/components/confirm-action-button";
import { LocalTime } from "@/features/classes/components/local-time";

type Member = { userId: string; name: string; email: string; role: "learner" | "teacher"; joinedAt: Date };

/** The class's people: teachers first, then learners, each learner removable after a confirmation. */
export function MembersList({ classId, classTitle, ownerId, members }: { classId: string; classTitle: string; ownerId: string; members: Member[] }) {
  const learners = members.filter((member) => member.role === "learner").length;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-fg">
        {learners} learner{learners === 1 ? "" : "s"}. Removing a learner takes them out of the class; their attempts and grades are kept.
      </p>
      <div className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Members of {classTitle}</caption>
          <thead className="bg-muted text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Name
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Email
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Role
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Joined
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {members.map((member) => (
              <tr key={member.userId}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {member.name}
                </th>
                <td className="px-3 py-2">{member.email}</td>
                <td className="px-3 py-2">{member.role === "teacher" ? (member.userId === ownerId ? "Teacher (owner)" : "Co-teacher") : "Learner"}</td>
                <td className="px-3 py-2">
                  <LocalTime iso={member.joinedAt.toISOString()} format="date" />
                </td>
                <td className="px-3 py-2">
                  {member.role === "learner" ? (
                    <ConfirmActionButton
                      action={removeClassMemberAction}
                      fields={{ classId, userId: member.userId }}
                      label="Remove"
                      pendingLabel="Removing…"
                      ariaLabel={`Remove ${member.name} from the class`}
                      confirmMessage={`Remove ${member.name} from ${classTitle}? They can rejoin with the join code; their attempts and grades are kept.`}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
