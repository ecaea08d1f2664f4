import type { UserRole } from "@/drizzle/schema";

export type DemoUser = { externalId: string; name: string; email: string; role: UserRole; blurb: string };

// The development sign-in offers these; they are seeded with the demo course.
export const DEMO_USERS: readonly DemoUser[] = [
  {
    externalId: "demo-learner",
    name: "Lena Okafor",
    email: "learner@demo.learnforge.dev",
    role: "learner",
    blurb: "A learner enrolled in the statistics course and its class.",
  },
  {
    externalId: "demo-teacher",
    name: "Tomás Reyes",
    email: "teacher@demo.learnforge.dev",
    role: "teacher",
    blurb: "The teacher who wrote the statistics course and runs its class.",
  },
  {
    externalId: "demo-admin",
    name: "Aiko Tanaka",
    email: "admin@demo.learnforge.dev",
    role: "admin",
    blurb: "An administrator who manages users and watches the platform.",
  },
];

export const DEMO_CLASS = { name: "Statistics — Autumn cohort", joinCode: "STATS-AUTUMN" } as const;
