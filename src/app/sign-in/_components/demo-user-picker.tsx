"use client";

import { useActionState } from "react";
import { signInAsDemoUserAction } from "@/features/users/actions";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

type DemoUserOption = { id: string; name: string; role: string; blurb: string };

export function DemoUserPicker({ users, next }: { users: DemoUserOption[]; next: string }) {
  const [state, formAction, pending] = useActionState(signInAsDemoUserAction, null);
  return (
    <section aria-labelledby="demo-heading" className="flex flex-col gap-3">
      <h2 id="demo-heading" className="text-xl font-semibold">
        Demo accounts
      </h2>
      <form action={formAction} className="grid gap-3 sm:grid-cols-3">
        <input type="hidden" name="next" value={next} />
        {users.map((user) => (
          <Card key={user.id} className="flex flex-col gap-2">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">{user.name}</span>
              <Badge>{user.role}</Badge>
            </div>
            <p className="flex-1 text-sm text-muted-fg">{user.blurb}</p>
            <button type="submit" name="userId" value={user.id} disabled={pending} className={buttonClasses("primary")}>
              Continue as {user.role}
            </button>
          </Card>
        ))}
      </form>
      {users.length === 0 ? <p>No demo accounts exist yet: run <code>npm run db:seed</code>.</p> : null}
      <FormError state={state} />
    </section>
  );
}
