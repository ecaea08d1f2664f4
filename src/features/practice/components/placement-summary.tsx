import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { PlacementResult } from "@/features/practice/lib/placement";
import { formatPercent } from "@/components/charts/chart-text";

/** Where the placement check put the learner: what they likely know, and where to start. */
export function PlacementSummary({ courseSlug, result }: { courseSlug: string; result: PlacementResult }) {
  const start = result.topics.find((topic) => topic.topicId === result.startTopicId) ?? null;
  const known = result.topics.filter((topic) => topic.likelyKnown);
  return (
    <section aria-labelledby="placement-result" className="flex flex-col gap-4 rounded-xl border border-border bg-card p-5 shadow-sm">
      <h2 id="placement-result" className="text-xl font-semibold">
        Your placement
      </h2>
      <p>
        You answered {result.correct} of {result.answered} questions correctly.{" "}
        {start ? (
          <>
            Start with <strong>{start.name}</strong>
            {known.length > 0 ? `; you likely know ${known.length} topic${known.length === 1 ? "" : "s"} already` : ""}.
          </>
        ) : (
          "You are likely to know every topic already: practise to confirm it."
        )}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Predicted success on each topic</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2">Topic</th>
            <th scope="col" className="py-2">Predicted success</th>
            <th scope="col" className="py-2">Placement</th>
          </tr>
        </thead>
        <tbody>
          {result.topics.map((topic) => (
            <tr key={topic.topicId} className="border-b border-border last:border-0">
              <th scope="row" className="py-2 font-normal">{topic.name}</th>
              <td className="py-2">{formatPercent(topic.chance)}</td>
              <td className="py-2">{topic.likelyKnown ? "Likely known" : topic.topicId === result.startTopicId ? "Start here" : "To learn"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-3">
        <Link href={`/practice/${courseSlug}?topic=${start?.slug ?? "need"}`} className={buttonClasses("primary")}>
          {start ? `Practise ${start.name}` : "Practise what you need most"}
        </Link>
        <Link href="/dashboard" className={buttonClasses("secondary")}>
          Go to your dashboard
        </Link>
      </div>
    </section>
  );
}
