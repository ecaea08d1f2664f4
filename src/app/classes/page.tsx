import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { selectLearnerClasses } from "@/features/classes/db-learner";
import { getCurrentUser } from "@/services/auth/current-user";
import { JoinClassForm } from "./_components/join-class-form";

export const metadata: Metadata = { title: "Your classes" };

export default async function ClassesPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/classes");
  const classes = await selectLearnerClasses(user);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
        <p className="mt-2 text-muted-fg">Tests your teachers have set, with their due dates.</p>
      </div>
      {classes.length === 0 ? (
        <Card>
          <p>You are not in any class yet. Join one with the code your teacher gave you.</p>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {classes.map((item) => (
            <li key={item.id}>
              <Card className="flex h-full flex-col gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/classes/${item.id}`} className="hover:underline">
                    {item.name}
                  </Link>
                </h2>
                <p className="text-sm text-muted-fg">
                  {item.course.title} · taught by {item.teacherName}
                </p>
                <p className="flex flex-wrap gap-2">
                  <Badge>
                    {item.assignmentCount} test{item.assignmentCount === 1 ? "" : "s"} assigned
                  </Badge>
                  <Badge className="bg-muted text-muted-fg">
                    {item.learnerCount} learner{item.learnerCount === 1 ? "" : "s"}
                  </Badge>
                  {item.role === "teacher" ? <Badge className="bg-muted text-muted-fg">You teach this class</Badge> : null}
                  {item.archived ? <Badge className="bg-muted text-muted-fg">Archived</Badge> : null}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <JoinClassForm />
    </div>
  );
}
