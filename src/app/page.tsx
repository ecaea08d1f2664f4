import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

const FEATURES = [
  { title: "Courses that read well", text: "Modules and lessons written by teachers, with worked examples and checks along the way." },
  { title: "Practice at the right level", text: "Adaptive practice keeps each question near the edge of what you can do." },
  { title: "Remember what you learn", text: "Spaced review schedules each card just before you would forget it." },
  { title: "A tutor that cites the course", text: "Ask questions and get answers grounded in the lessons, with the passages shown." },
];

export default function LandingPage() {
  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col items-start gap-5 py-8">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
          Learn it properly. <span className="text-primary">Keep it for good.</span>
        </h1>
        <p className="max-w-2xl text-lg text-muted-fg">
          LearnForge is a personal learning platform: read a course, practise adaptively, review with spaced
          repetition and ask a tutor that answers from the course itself. Teachers write courses, run classes and
          see where every learner stands.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/courses" className={buttonClasses("primary")}>
            Browse courses
          </Link>
          <Link href="/sign-in" className={buttonClasses("secondary")}>
            Sign in
          </Link>
        </div>
      </section>
      <section aria-labelledby="features-heading" className="flex flex-col gap-4">
        <h2 id="features-heading" className="text-2xl font-semibold">
          What you get
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {FEATURES.map((feature) => (
            <li key={feature.title}>
              <Card className="h-full">
                <h3 className="font-semibold">{feature.title}</h3>
                <p className="mt-2 text-sm text-muted-fg">{feature.text}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
