import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { selectDemoUsers } from "@/features/users/db";
import { DEMO_USERS } from "@/features/users/demo-users";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { isClerkEnabled } from "@/services/auth/config";
import { getCurrentUser } from "@/services/auth/current-user";
import { ClerkSignIn } from "./_components/clerk-sign-in";
import { CreateLocalUserForm } from "./_components/create-local-user-form";
import { DemoUserPicker } from "./_components/demo-user-picker";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeRedirectPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  if (isClerkEnabled()) return <ClerkSignIn />;

  const users = await selectDemoUsers();
  const blurbs = new Map(DEMO_USERS.map((user) => [user.email, user.blurb]));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
        <p className="mt-2 text-muted-fg">
          This is the development sign-in: no password, no email. Pick a demo account or create your own local one.
          Deployments with Clerk configured use Clerk instead.
        </p>
      </div>
      <DemoUserPicker
        next={next}
        users={users.map((user) => ({ id: user.id, name: user.name, role: user.role, blurb: blurbs.get(user.email) ?? "" }))}
      />
      <CreateLocalUserForm next={next} />
    </div>
  );
}
